package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.SoapFixtures.assertFault;
import static uk.ehcexchange.conformance.SoapFixtures.date;
import static uk.ehcexchange.conformance.SoapFixtures.fault;
import static uk.ehcexchange.conformance.SoapFixtures.today;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.CouncilXmlMapper;
import uk.ehcexchange.conformance.soapclient.AdviceReceiptType;
import uk.ehcexchange.conformance.soapclient.EhcHubPortType;
import uk.ehcexchange.conformance.soapclient.FetchInboxItemRequest;
import uk.ehcexchange.conformance.soapclient.FetchInboxItemResponse;
import uk.ehcexchange.conformance.soapclient.InboxEntryType;
import uk.ehcexchange.conformance.soapclient.InboxKind;
import uk.ehcexchange.conformance.soapclient.ListInboxRequest;
import uk.ehcexchange.conformance.soapclient.NotifyPlacementRequest;
import uk.ehcexchange.conformance.soapclient.PlacementKind;
import uk.ehcexchange.conformance.soapclient.PlacementNotificationType;
import uk.ehcexchange.conformance.soapclient.RequestAdviceRequest;
import uk.ehcexchange.conformance.soapclient.SubmitSocialCareAssessmentRequest;
import uk.ehcexchange.conformance.soapclient.SubmitSocialCareAssessmentResponse;
import uk.ehcexchange.conformance.soapclient.councilxml.AdviceType;
import uk.ehcexchange.conformance.soapclient.councilxml.ChildType;
import uk.ehcexchange.conformance.soapclient.councilxml.SocialCareAssessmentType;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.SocialCareAssessment;

/**
 * Social care assessments and placement notifications end to end over SOAP: Hertfordshire's SEND team asks its
 * social care team for advice, the team answers with its assessment, and the SEND team receives it with the section
 * D, H1 and H2 content it gives and whether it met the 6-week deadline. Bromley places a looked-after child in
 * Hertfordshire: Hertfordshire and its ICB are told.
 */
class SoapSocialCareAndPlacementTest {

    private final RunningHub hub = RunningHub.get();
    private final SoapClients soap = new SoapClients(hub);

    @Test
    void theSocialCareTeamsAssessmentReachesTheSendTeamWithSectionsDH1AndH2() throws Exception {
        EhcHubPortType send = soap.port("919");
        EhcHubPortType socialCare = soap.port(RunningHub.SOCIAL_CARE_919);
        RequestAdviceRequest ask = new RequestAdviceRequest();
        ask.setMessageId("herts-sc-" + UUID.randomUUID());
        ask.setCouncil("919");
        ask.setAdviceType(AdviceType.SOCIAL_CARE);
        ask.setRecipient("919");
        ask.setChild(clientChild());
        var request = send.requestAdvice(ask).getAdviceRequest();
        assertThat(request.getDueOn().toString()).isEqualTo(LocalDate.parse(request.getRequestedOn().toString())
                .plusWeeks(6).toString());

        SubmitSocialCareAssessmentRequest answer = new SubmitSocialCareAssessmentRequest();
        answer.setMessageId("dcs-" + request.getRequestId());
        answer.setRequestId(request.getRequestId());
        answer.setSocialCareAssessment(clientAssessment(assessment(request.getRequestId())));
        SubmitSocialCareAssessmentResponse answered = socialCare.submitSocialCareAssessment(answer);
        SubmitSocialCareAssessmentResponse resent = socialCare.submitSocialCareAssessment(answer);

        AdviceReceiptType receipt = answered.getAdvice();
        assertThat(receipt.isWithinDeadline()).as("reg 8: answered within 6 weeks").isTrue();
        assertThat(resent.getAdvice().getResponseId()).as("a resend gets the first answer")
                .isEqualTo(receipt.getResponseId());
        assertThat(answered.getProposedSections().getSectionD().getText()).contains("close supervision");
        assertThat(answered.getProposedSections().getSectionH1().getItem()).extracting(i -> i.getId())
                .containsExactly("SC-P1");
        assertThat(answered.getProposedSections().getSectionH2().getItem()).extracting(i -> i.getId())
                .containsExactly("SC-P2");

        ListInboxRequest list = new ListInboxRequest();
        list.setCouncil("919");
        list.setKind(InboxKind.ADVICE);
        assertThat(send.listInbox(list).getItem()).extracting(InboxEntryType::getItemId).contains(receipt.getResponseId());
        FetchInboxItemResponse item = send.fetchInboxItem(fetch("919", InboxKind.ADVICE, receipt.getResponseId()));
        assertThat(item.getAdvice().getSocialCareAssessment().getAssessmentId()).isEqualTo("DCS-" + request.getRequestId());
        assertThat(item.getAdvice().getProposedSections().getSectionH1().getItem()).hasSize(1);

        JsonNode sections = Plans.parse(hub.as("919").get("/api/v1/councils/919/inbox/advice/"
                + receipt.getResponseId() + "/proposed-sections").body());
        assertThat(sections.get("choices").get(0).get("basis").asText()).startsWith("CSDPA 1970 s2(1)(c)");
    }

    @Test
    void theSocialCareTeamMayAnswerInCouncilXmlOverRest() {
        String requestId = Plans.parse(hub.as("919").post("/api/v1/councils/919/advice-requests", """
                {"adviceType": "SOCIAL_CARE", "recipient": "919", "child": %s}"""
                .formatted(Plans.golden("ANY").get("child")), "sc-rest-" + UUID.randomUUID()).body())
                .get("requestId").asText();
        String xml = new String(CouncilXml.write(CouncilXmlMapper.toXml(assessment(requestId)).value()),
                java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> answered = hub.as(RunningHub.SOCIAL_CARE_919).send("POST",
                "/api/v1/advice-requests/" + requestId + "/social-care-assessment", "application/xml", xml,
                "dcs-xml-" + requestId);

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        assertThat(answered.body()).contains("<WithinDeadline>true</WithinDeadline>").contains("<SectionH1>");
    }

    @Test
    void bromleyPlacesAChildInHertfordshireAndHertfordshireAndItsIcbAreTold() throws Exception {
        String planId = Plans.freshId();
        assertThat(hub.as("305").put("/api/v1/plans/" + planId, SoapFixtures.plan(planId, "305").toString(),
                "place-plan-" + planId).statusCode()).isEqualTo(201);
        MatrixFixtures.recordPlacementConsent(hub, "305", planId);
        NotifyPlacementRequest place = new NotifyPlacementRequest();
        place.setMessageId("lbb-place-" + planId);
        place.setPlanId(planId);
        place.setPlacingCouncil("305");
        place.setHostCouncil("919");
        place.setPlacedOn(date(today()));
        place.setPlacementType(PlacementKind.FOSTER_CARE);
        EhcHubPortType bromley = soap.port("305");

        PlacementNotificationType placed = bromley.notifyPlacement(place).getPlacement();
        PlacementNotificationType resent = bromley.notifyPlacement(place).getPlacement();

        assertThat(placed.getHostIcb()).isEqualTo(RunningHub.ICB);
        assertThat(resent.getNotificationId()).as("a resend gets the first answer").isEqualTo(placed.getNotificationId());
        FetchInboxItemResponse hosted = soap.port("919").fetchInboxItem(
                fetch("919", InboxKind.PLACEMENT, placed.getNotificationId()));
        assertThat(hosted.getPlacement().getPlacingCouncil()).isEqualTo("305");
        assertThat(hosted.getPlacement().getChild().getNhsNumber()).isEqualTo("9993110469");
        String icbInbox = "/api/v1/icbs/" + RunningHub.ICB + "/inbox/placements";
        assertThat(Plans.parse(hub.as("icb-" + RunningHub.ICB).get(icbInbox).body()).findValuesAsText("notificationId"))
                .contains(placed.getNotificationId());
        HttpResponse<String> acknowledged = hub.as("icb-" + RunningHub.ICB).postEmpty(icbInbox + "/"
                + placed.getNotificationId() + "/acknowledgement");
        assertThat(Plans.parse(acknowledged.body()).get("status").asText()).isEqualTo("ACKNOWLEDGED");

        assertFault(fault(() -> soap.port("821").fetchInboxItem(fetch("919", InboxKind.PLACEMENT,
                placed.getNotificationId()))), "not-your-authority", "/Envelope/Body/FetchInboxItemRequest/Council",
                "own-inbox-only");
    }

    @Test
    void aPlacementOverRestToACouncilWhoseIcbIsNotConfiguredReachesTheCouncil() {
        String planId = Plans.freshId();
        hub.as("305").put("/api/v1/plans/" + planId, SoapFixtures.plan(planId, "305").toString(), "p-" + planId);
        MatrixFixtures.recordPlacementConsent(hub, "305", planId);

        HttpResponse<String> placed = hub.as("305").post("/api/v1/placement-notifications", """
                {"planId": "%s", "placingCouncil": "305", "hostCouncil": "303", "placedOn": "%s",
                 "placementType": "CHILDRENS_HOME"}""".formatted(planId, today()), "rest-place-" + planId);
        HttpResponse<String> wrong = hub.as("305").post("/api/v1/placement-notifications", """
                {"planId": "%s", "placingCouncil": "305", "hostCouncil": "305", "placedOn": "%s",
                 "placementType": "CHILDRENS_HOME"}""".formatted(planId, today()), "rest-own-" + planId);

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode notification = Plans.parse(placed.body());
        assertThat(notification.has("hostIcb")).isFalse();
        assertThat(hub.as("303").get("/api/v1/councils/303/inbox/placements").body())
                .contains(notification.get("notificationId").asText());
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("different-council");
    }

    private static FetchInboxItemRequest fetch(String council, InboxKind kind, String id) {
        FetchInboxItemRequest request = new FetchInboxItemRequest();
        request.setCouncil(council);
        request.setKind(kind);
        request.setItemId(id);
        return request;
    }

    /** An assessment of the golden plan's child: short breaks (H1, CSDPA s2(1)(c)) and carer support (H2). */
    static SocialCareAssessment assessment(String requestId) {
        ObjectNode a = Plans.JSON.createObjectNode().put("assessmentId", "DCS-" + requestId)
                .put("requestReference", requestId).put("laCode", "919");
        ObjectNode child = ((ObjectNode) Plans.golden("ANY").get("child")).deepCopy();
        child.remove("localCaseReference");
        a.set("child", child);
        a.putObject("author").put("role", "Social worker, Disabled Children's Service")
                .put("organisation", "Hertfordshire County Council").put("writtenOn", LocalDate.now().toString());
        a.putArray("needs").add("Theo needs close supervision outside the home near roads and railways.");
        a.putArray("outcomes").addObject().put("id", "SC-O1").put("description", "Joins a club of his choosing.")
                .put("term", "LONG_TERM").put("preparingForAdulthood", false);
        var provision = a.putArray("recommendedProvision");
        provision.addObject().put("id", "SC-P1").put("description", "Community-based short breaks.")
                .put("deliveredBy", "Commissioned short-breaks provider").put("quantity", "3 hours per fortnight")
                .putArray("outcomeIds").add("SC-O1");
        provision.addObject().put("id", "SC-P2").put("description", "Parent carer support programme.")
                .put("deliveredBy", "Family support worker").put("quantity", "6 sessions").putArray("outcomeIds");
        try {
            return CanonicalJson.mapper().treeToValue(a, SocialCareAssessment.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static SocialCareAssessmentType clientAssessment(SocialCareAssessment assessment) throws Exception {
        byte[] xml = CouncilXml.write(CouncilXmlMapper.toXml(assessment).value());
        return JAXBContext.newInstance(uk.ehcexchange.conformance.soapclient.councilxml.ObjectFactory.class)
                .createUnmarshaller().unmarshal(new StreamSource(new ByteArrayInputStream(xml)),
                        SocialCareAssessmentType.class).getValue();
    }

    static ChildType clientChild() {
        JsonNode golden = Plans.golden("ANY").get("child");
        ChildType child = new ChildType();
        child.setNhsNumber(golden.get("nhsNumber").asText());
        child.setUpn(golden.get("upn").asText());
        child.setGivenName(golden.get("givenName").asText());
        child.setFamilyName(golden.get("familyName").asText());
        child.setDateOfBirth(date(LocalDate.parse(golden.get("dateOfBirth").asText())));
        return child;
    }
}
