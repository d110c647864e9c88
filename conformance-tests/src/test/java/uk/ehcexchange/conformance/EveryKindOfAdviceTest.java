package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.BadRequestTest.assertRefused;
import static uk.ehcexchange.conformance.RunningHub.EPS_919;
import static uk.ehcexchange.conformance.RunningHub.SCHOOL_919;
import static uk.ehcexchange.conformance.RunningHub.SCHOOL_URN;
import static uk.ehcexchange.conformance.RunningHub.SOCIAL_CARE_919;
import static uk.ehcexchange.conformance.RunningHub.TRUST;
import static uk.ehcexchange.conformance.SoapFixtures.assertFault;
import static uk.ehcexchange.conformance.SoapFixtures.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.CouncilXmlMapper;
import uk.ehcexchange.conformance.soapclient.EhcHubPortType;
import uk.ehcexchange.conformance.soapclient.FetchInboxItemRequest;
import uk.ehcexchange.conformance.soapclient.InboxKind;
import uk.ehcexchange.conformance.soapclient.SubmitAdviceRequest;
import uk.ehcexchange.conformance.soapclient.SubmitAdviceResponse;
import uk.ehcexchange.conformance.soapclient.SubmitHealthAdviceRequest;
import uk.ehcexchange.conformance.soapclient.SubmitHealthAdviceResponse;
import uk.ehcexchange.conformance.soapclient.SubmitSocialCareAssessmentRequest;
import uk.ehcexchange.conformance.soapclient.councilxml.AdviceDocumentType;
import uk.ehcexchange.conformance.soapclient.councilxml.HealthAdviceType;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.HealthAdvice;

/**
 * Advice of every kind reg 6(1) names, each asked by Hertfordshire (919) and answered by the party asked over its own
 * front door: its school (Oakfield, URN 117342) in JSON, its educational psychology service in council XML, its
 * social care team over SOAP, its community trust (RY4) as a FHIR document, and the council itself, recording the
 * family's views, over SOAP. Every request ends COMPLETED, and each answer is in the council's inbox. A school sees
 * only what is asked of it; a role answers only in its own way.
 */
class EveryKindOfAdviceTest {

    private static final String COUNCIL = "919";

    private final RunningHub hub = RunningHub.get();
    private final SoapClients soap = new SoapClients(hub);

    @Test
    void everyPartyAnswersItsRequestOverItsDoorAndEveryRequestEndsCompleted() throws Exception {
        String educational = ask("EDUCATIONAL", COUNCIL, SCHOOL_URN);
        String psychological = ask("PSYCHOLOGICAL", COUNCIL, null);
        String socialCare = ask("SOCIAL_CARE", COUNCIL, null);
        String medical = ask("MEDICAL", TRUST, null);
        String family = ask("PARENT_OR_YOUNG_PERSON", COUNCIL, null);
        String sensory = ask("SENSORY_IMPAIRMENT", COUNCIL, null);

        // the school, in canonical JSON
        assertThat(hub.as(SCHOOL_919).get("/api/v1/councils/919/advice-requests").body()).contains(educational)
                .doesNotContain(psychological, socialCare, medical, family);
        expectCreated(hub.as(SCHOOL_919).post("/api/v1/advice-requests/" + educational + "/advice",
                MatrixFixtures.adviceDocument(educational, "EDUCATIONAL").toString(), "oak-" + educational));

        // the educational psychology service, in council XML over REST
        HttpResponse<String> inXml = hub.as(EPS_919).send("POST", "/api/v1/advice-requests/" + psychological
                + "/advice", "application/xml", councilXml(MatrixFixtures.adviceDocument(psychological,
                "PSYCHOLOGICAL")), "eps-" + psychological);
        expectCreated(inXml);
        assertThat(inXml.body()).contains("<WithinDeadline>true</WithinDeadline>");

        // the social care team, over SOAP
        SubmitSocialCareAssessmentRequest assessment = new SubmitSocialCareAssessmentRequest();
        assessment.setMessageId("dcs-" + socialCare);
        assessment.setRequestId(socialCare);
        assessment.setSocialCareAssessment(SoapSocialCareAndPlacementTest.clientAssessment(
                SoapSocialCareAndPlacementTest.assessment(socialCare)));
        soap.port(SOCIAL_CARE_919).submitSocialCareAssessment(assessment);

        // the trust, as a FHIR document
        new TrustSystem(hub, TRUST).client().create().resource(AdviceBundles.document(AdviceBundles.advice(medical)))
                .execute();

        // the council itself records the family's views, over SOAP
        SubmitAdviceRequest views = new SubmitAdviceRequest();
        views.setMessageId("views-" + family);
        views.setRequestId(family);
        views.setAdviceDocument(clientAdvice(familyViews(family)));
        SubmitAdviceResponse recorded = soap.port(COUNCIL).submitAdvice(views);
        assertThat(recorded.getAdvice().getRequestId()).isEqualTo(family);

        // and its sensory impairment team's advice, in JSON
        expectCreated(hub.as(COUNCIL).post("/api/v1/advice-requests/" + sensory + "/advice",
                MatrixFixtures.adviceDocument(sensory, "SENSORY_IMPAIRMENT").toString(), "qtvi-" + sensory));

        for (String requestId : new String[] {educational, psychological, socialCare, medical, family, sensory}) {
            JsonNode request = Plans.parse(hub.as(COUNCIL).get("/api/v1/advice-requests/" + requestId).body());
            assertThat(request.get("status").asText()).as(request.get("adviceType").asText()).isEqualTo("COMPLETED");
            String responseId = request.get("responseId").asText();
            JsonNode received = Plans.parse(hub.as(COUNCIL).get("/api/v1/councils/919/inbox/advice/" + responseId)
                    .body());
            assertThat(received.get("adviceType").asText()).isEqualTo(request.get("adviceType").asText());
            assertThat(received.get("withinDeadline").asBoolean()).isTrue();
        }
        FetchInboxItemRequest fetch = new FetchInboxItemRequest();
        fetch.setCouncil(COUNCIL);
        fetch.setKind(InboxKind.ADVICE);
        fetch.setItemId(recorded.getAdvice().getResponseId());
        assertThat(soap.port(COUNCIL).fetchInboxItem(fetch).getAdvice().getAdviceDocument().getSection())
                .extracting(s -> s.getHeading()).containsExactly("What matters to Theo");
    }

    /**
     * Educational advice asked on Monday 13 April 2026 in a case Hertfordshire decided to assess: due 6 calendar weeks
     * later, Monday 25 May 2026 (the Spring bank holiday; reg 8 counts weeks, so the date is not moved). The school,
     * listing what waits on it by its URN, sees it overdue; its answer today closes the clock LATE.
     */
    @Test
    void adviceAskedInACaseRunsItsClockInTheChildsJourney() {
        String caseId = AssessmentJourneyTest.assessingCase(hub);
        ObjectNode ask = AdviceRequestTest.newRequest("EDUCATIONAL", COUNCIL, java.time.LocalDate.of(2026, 4, 13));
        ask.put("establishment", SCHOOL_URN).put("caseId", caseId);
        HttpResponse<String> asked = hub.as(COUNCIL).post("/api/v1/councils/919/advice-requests", ask.toString(),
                "ask-" + UUID.randomUUID());
        expectCreated(asked);
        String requestId = Plans.parse(asked.body()).get("requestId").asText();
        assertThat(Plans.parse(asked.body()).get("dueOn").asText()).isEqualTo("2026-05-25");

        JsonNode waiting = Plans.parse(hub.as(SCHOOL_919).get("/api/v1/parties/" + SCHOOL_URN + "/clocks?within=0")
                .body());
        assertThat(waiting.findValuesAsText("ref")).contains(requestId);
        expectCreated(hub.as(SCHOOL_919).post("/api/v1/advice-requests/" + requestId + "/advice",
                MatrixFixtures.adviceDocument(requestId, "EDUCATIONAL").toString(), "oak-" + requestId));

        JsonNode journey = Plans.parse(hub.as(COUNCIL).get("/api/v1/councils/919/cases/" + caseId + "/journey")
                .body());
        JsonNode clock = adviceClock(journey, requestId);
        assertThat(clock.get("due").asText()).isEqualTo("2026-05-25");
        assertThat(clock.get("status").asText()).isEqualTo("LATE");
        assertThat(clock.get("metOn").asText()).isEqualTo(SoapFixtures.today().toString());
        assertThat(clock.get("waitingOn").get("role").asText()).isEqualTo("SCHOOL");
        assertThat(clock.get("waitingOn").get("code").asText()).isEqualTo(SCHOOL_URN);
        assertThat(clock.get("source").asText()).contains("reg 8");
        assertThat(journey.get("events").findValuesAsText("kind")).contains("ADVICE_REQUESTED", "ADVICE_GIVEN");
    }

    /**
     * The trust (RY4) answers health advice asked in a child's case without JSON or FHIR: once in council XML over
     * REST, once over SOAP. Each request ends COMPLETED, its ADVICE clock closes MET, and the council finds HealthAdvice
     * in its inbox both as JSON and through SOAP FetchInboxItem.
     */
    @Test
    void aTrustAnswersMedicalAdviceInCouncilXmlAndOverSoap() throws Exception {
        String caseId = AssessmentJourneyTest.assessingCase(hub);
        String inXml = askInCase("MEDICAL", TRUST, caseId);
        String overSoap = askInCase("MEDICAL", TRUST, caseId);

        HttpResponse<String> xmlAnswer = hub.as(TRUST).send("POST", "/api/v1/advice-requests/" + inXml
                + "/health-advice", "application/xml", healthAdviceXml(AdviceRequestTest.healthAdvice(inXml)),
                "ry4-xml-" + inXml);
        expectCreated(xmlAnswer);
        assertThat(xmlAnswer.body()).contains("SubmitHealthAdviceResponse")
                .contains("<WithinDeadline>true</WithinDeadline>");

        SubmitHealthAdviceResponse answered = soap.port(TRUST)
                .submitHealthAdvice(healthAdviceAnswer(overSoap, "ry4-soap-" + overSoap));
        assertThat(answered.getAdvice().getRequestId()).isEqualTo(overSoap);
        assertThat(answered.getAdvice().isWithinDeadline()).isTrue();

        JsonNode journey = Plans.parse(hub.as(COUNCIL).get("/api/v1/councils/919/cases/" + caseId + "/journey")
                .body());
        for (String requestId : new String[] {inXml, overSoap}) {
            JsonNode request = Plans.parse(hub.as(COUNCIL).get("/api/v1/advice-requests/" + requestId).body());
            assertThat(request.get("status").asText()).isEqualTo("COMPLETED");
            String responseId = request.get("responseId").asText();
            JsonNode received = Plans.parse(hub.as(COUNCIL).get("/api/v1/councils/919/inbox/advice/" + responseId)
                    .body());
            assertThat(received.get("adviceType").asText()).isEqualTo("MEDICAL");
            assertThat(received.get("advice").get("odsCode").asText()).isEqualTo(TRUST);
            assertThat(adviceClock(journey, requestId).get("status").asText()).isEqualTo("MET");
            assertThat(adviceClock(journey, requestId).get("waitingOn").get("code").asText()).isEqualTo(TRUST);

            FetchInboxItemRequest fetch = new FetchInboxItemRequest();
            fetch.setCouncil(COUNCIL);
            fetch.setKind(InboxKind.ADVICE);
            fetch.setItemId(responseId);
            assertThat(soap.port(COUNCIL).fetchInboxItem(fetch).getAdvice().getHealthAdvice().getAdviceId())
                    .isEqualTo(AdviceRequestTest.healthAdvice(requestId).get("adviceId").asText());
        }
    }

    /** Other advice asked of the trust is an AdviceDocument: SubmitHealthAdvice refuses it, naming the document. */
    @Test
    void overSoapHealthAdviceCannotAnswerAnotherKindOfRequest() throws Exception {
        String other = ask("OTHER", TRUST, null);
        SubmitHealthAdviceRequest answer = healthAdviceAnswer(other, "ry4-other-" + other);
        EhcHubPortType trust = soap.port(TRUST);

        assertFault(fault(() -> trust.submitHealthAdvice(answer)), "validation-failed",
                "/Envelope/Body/SubmitHealthAdviceRequest/HealthAdvice",
                "advice-kind-fits-request");
        assertThat(Plans.parse(hub.as(COUNCIL).get("/api/v1/advice-requests/" + other).body()).get("status")
                .asText()).isEqualTo("REQUESTED");
    }

    /** The same over REST in council XML: a 422, and the request stays open. */
    @Test
    void inCouncilXmlHealthAdviceCannotAnswerAnotherKindOfRequest() throws Exception {
        String other = ask("OTHER", TRUST, null);

        assertRefused(hub.as(TRUST).send("POST", "/api/v1/advice-requests/" + other + "/health-advice",
                "application/xml", healthAdviceXml(AdviceRequestTest.healthAdvice(other)), "ry4-other-" + other),
                422, "$", "advice-kind-fits-request");
        assertThat(Plans.parse(hub.as(COUNCIL).get("/api/v1/advice-requests/" + other).body()).get("status")
                .asText()).isEqualTo("REQUESTED");
    }

    @Test
    void aSchoolCannotSeeAnotherSchoolsRequest() {
        String elsewhere = ask("EDUCATIONAL", COUNCIL, "117999");

        assertRefused(hub.as(SCHOOL_919).get("/api/v1/advice-requests/" + elsewhere), 404, "requestId",
                "known-request");
        assertRefused(hub.as(SCHOOL_919).post("/api/v1/advice-requests/" + elsewhere + "/advice",
                MatrixFixtures.adviceDocument(elsewhere, "EDUCATIONAL").toString(), "oak-" + elsewhere), 404,
                "requestId", "known-request");
        assertThat(hub.as(SCHOOL_919).get("/api/v1/councils/919/advice-requests").body()).doesNotContain(elsewhere);
    }

    @Test
    void aSchoolCannotAnswerForTheEducationalPsychologyService() {
        String psychological = ask("PSYCHOLOGICAL", COUNCIL, null);

        assertRefused(hub.as(SCHOOL_919).post("/api/v1/advice-requests/" + psychological + "/advice",
                MatrixFixtures.adviceDocument(psychological, "PSYCHOLOGICAL").toString(), "oak-" + psychological),
                404, "requestId", "known-request");
    }

    @Test
    void anotherCouncilCannotAnswerAdviceAskedOfThisCouncilsService() {
        String psychological = ask("PSYCHOLOGICAL", COUNCIL, null);

        assertRefused(hub.as("305").post("/api/v1/advice-requests/" + psychological + "/advice",
                MatrixFixtures.adviceDocument(psychological, "PSYCHOLOGICAL").toString(), "lbb-" + psychological),
                404, "requestId", "known-request");
    }

    @Test
    void aSchoolMayNotSubmitASocialCareAssessment() {
        String educational = ask("EDUCATIONAL", COUNCIL, SCHOOL_URN);

        assertRefused(hub.as(SCHOOL_919).post("/api/v1/advice-requests/" + educational + "/social-care-assessment",
                MatrixFixtures.assessment(educational).toString(), "oak-sca-" + educational), 403, "$",
                "role-school");
    }

    @Test
    void overSoapAnEducationalPsychologyServiceMayOnlySubmitAdvice() throws Exception {
        String socialCare = ask("SOCIAL_CARE", COUNCIL, null);
        SubmitSocialCareAssessmentRequest assessment = new SubmitSocialCareAssessmentRequest();
        assessment.setMessageId("eps-sca-" + socialCare);
        assessment.setRequestId(socialCare);
        assessment.setSocialCareAssessment(SoapSocialCareAndPlacementTest.clientAssessment(
                SoapSocialCareAndPlacementTest.assessment(socialCare)));
        EhcHubPortType eps = soap.port(EPS_919);

        assertFault(fault(() -> eps.submitSocialCareAssessment(assessment)), "not-permitted-for-role",
                "/Envelope/Body/SubmitSocialCareAssessmentRequest/SocialCareAssessment",
                "role-educational-psychology");
    }

    @Test
    void educationalAdviceMustNameTheSchoolAsked() {
        ObjectNode request = AdviceRequestTest.newRequest("EDUCATIONAL", COUNCIL, null);

        assertRefused(hub.as(COUNCIL).post("/api/v1/councils/919/advice-requests", request.toString(),
                "edu-" + UUID.randomUUID()), 422, "establishment", "required");
    }

    private String ask(String type, String recipient, String establishment) {
        ObjectNode request = AdviceRequestTest.newRequest(type, recipient, null);
        if (establishment != null) {
            request.put("establishment", establishment);
        }
        HttpResponse<String> asked = hub.as(COUNCIL).post("/api/v1/councils/919/advice-requests", request.toString(),
                "ask-" + UUID.randomUUID());
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        return Plans.parse(asked.body()).get("requestId").asText();
    }

    private String askInCase(String type, String recipient, String caseId) {
        ObjectNode request = AdviceRequestTest.newRequest(type, recipient, null).put("caseId", caseId);
        HttpResponse<String> asked = hub.as(COUNCIL).post("/api/v1/councils/919/advice-requests", request.toString(),
                "ask-" + UUID.randomUUID());
        expectCreated(asked);
        return Plans.parse(asked.body()).get("requestId").asText();
    }

    private static JsonNode adviceClock(JsonNode journey, String requestId) {
        for (JsonNode each : journey.get("clocks")) {
            if (each.get("kind").asText().equals("ADVICE") && each.get("ref").asText().equals(requestId)) {
                return each;
            }
        }
        throw new AssertionError("no ADVICE clock of " + requestId + " in " + journey);
    }

    private static String healthAdviceXml(ObjectNode advice) throws Exception {
        HealthAdvice document = CanonicalJson.mapper().treeToValue(advice, HealthAdvice.class);
        return new String(CouncilXml.write(CouncilXmlMapper.toXml(document).value()), StandardCharsets.UTF_8);
    }

    private static SubmitHealthAdviceRequest healthAdviceAnswer(String requestId, String messageId) throws Exception {
        SubmitHealthAdviceRequest answer = new SubmitHealthAdviceRequest();
        answer.setMessageId(messageId);
        answer.setRequestId(requestId);
        answer.setHealthAdvice(clientHealthAdvice(AdviceRequestTest.healthAdvice(requestId)));
        return answer;
    }

    /** HealthAdvice as the generated SOAP client holds it. */
    static HealthAdviceType clientHealthAdvice(ObjectNode advice) throws Exception {
        return clientDocument(healthAdviceXml(advice), HealthAdviceType.class);
    }

    /** The family's views, as the council's caseworker records them: no organisation, a parent's words. */
    private static ObjectNode familyViews(String requestId) {
        ObjectNode views = MatrixFixtures.adviceDocument(requestId, "PARENT_OR_YOUNG_PERSON");
        views.putObject("adviser").put("role", "Parent");
        views.putArray("sections").addObject().put("heading", "What matters to Theo")
                .put("text", "Theo loves trains and drawing. He wants a friend to play with at break time.")
                .put("writtenOn", SoapFixtures.today().toString());
        return views;
    }

    private static String councilXml(ObjectNode advice) throws Exception {
        AdviceDocument document = CanonicalJson.mapper().treeToValue(advice, AdviceDocument.class);
        return new String(CouncilXml.write(CouncilXmlMapper.toXml(document).value()), StandardCharsets.UTF_8);
    }

    /** An AdviceDocument as the generated SOAP client holds it. */
    static AdviceDocumentType clientAdvice(ObjectNode advice) throws Exception {
        return clientDocument(councilXml(advice), AdviceDocumentType.class);
    }

    private static <T> T clientDocument(String xml, Class<T> type) throws Exception {
        return JAXBContext.newInstance(uk.ehcexchange.conformance.soapclient.councilxml.ObjectFactory.class)
                .createUnmarshaller().unmarshal(new StreamSource(new ByteArrayInputStream(
                        xml.getBytes(StandardCharsets.UTF_8))), type).getValue();
    }

    private static void expectCreated(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
