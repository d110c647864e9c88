package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.ehcexchange.conformance.BadRequestTest.assertRefused;
import static uk.ehcexchange.conformance.SoapFixtures.date;
import static uk.ehcexchange.conformance.SoapFixtures.fault;
import static uk.ehcexchange.conformance.SoapFixtures.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ehcexchange.conformance.soapclient.ConsentGiver;
import uk.ehcexchange.conformance.soapclient.DisclosureBasisKind;
import uk.ehcexchange.conformance.soapclient.DisclosurePurposeKind;
import uk.ehcexchange.conformance.soapclient.HubFault;
import uk.ehcexchange.conformance.soapclient.NotifyPlacementRequest;
import uk.ehcexchange.conformance.soapclient.PlacementKind;
import uk.ehcexchange.conformance.soapclient.RecordDisclosureBasisRequest;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * SEND Regulations 2014 reg 17 at the hub's doors (docs/disclosure.md): a plan leaves the hub for another body only
 * on a recorded basis, named in the audit entry of the disclosure. A placement notification needs the consent of
 * the parent or young person or a reg 17 purpose, recorded by the placing council; without one the council gets
 * 409 disclosure-basis-missing and nothing is written. The reg 15 transfer and the final plan to the ICB are duties
 * the Regulations impose: never blocked, their basis recorded by the hub as that duty.
 */
class DisclosureBasisTest {

    private static final String PLACING = "305";
    private static final String HOST = "919";
    private static final String PLACEMENTS = "/api/v1/placement-notifications";

    private final RunningHub hub = RunningHub.get();

    // ---- refused and allowed disclosures

    @Test
    void aPlacementWithoutABasisIsRefusedNamingTheRuleAndNothingIsSentUntilOneIsRecorded() {
        String planId = plan(PLACING);
        String key = "no-basis-" + planId;

        HttpResponse<String> refused = hub.as(PLACING).post(PLACEMENTS, placement(planId), key);

        assertRefused(refused, 409, "disclosureBasis", "reg-17-basis-required");
        assertThat(Plans.parse(refused.body()).get("type").asText())
                .isEqualTo("urn:ehc-exchange:problem:disclosure-basis-missing");
        assertThat(refused.body()).contains("PLACEMENT_NOTIFICATION").contains("to " + HOST);
        assertThat(hub.as(HOST).get("/api/v1/councils/" + HOST + "/inbox/placements").body()).doesNotContain(planId);
        assertThat(hub.bean(AuditTrail.class).recent(50)).anySatisfy(event -> {
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.REJECTED);
            assertThat(event.subjectId()).isEqualTo(planId);
            assertThat(event.reason()).startsWith("disclosure-basis-missing disclosureBasis reg-17-basis-required");
        });

        MatrixFixtures.recordPlacementConsent(hub, PLACING, planId);
        HttpResponse<String> allowed = hub.as(PLACING).post(PLACEMENTS, placement(planId), key);
        assertThat(allowed.statusCode()).as("the refusal kept not even the Idempotency-Key: " + allowed.body())
                .isEqualTo(201);
    }

    @Test
    void theAuditEntryOfEachDisclosureNamesItsBasis() {
        String planId = plan(PLACING);
        JsonNode basis = record(PLACING, planId, """
                {"purpose": "PLACEMENT_NOTIFICATION", "basis": "STATUTORY_PURPOSE",
                 "statutoryPurpose": "CHILDREN_ACT_DUTIES"}""");

        HttpResponse<String> placed = hub.as(PLACING).post(PLACEMENTS, placement(planId), "placed-" + planId);

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String notificationId = Plans.parse(placed.body()).get("notificationId").asText();
        List<AuditEvent> disclosures = hub.bean(AuditTrail.class).recent(50).stream()
                .filter(e -> notificationId.equals(e.subjectId()) && "disclosure.placement-notification".equals(e.action()))
                .toList();
        assertThat(disclosures).as("one entry per body told").hasSize(2).allSatisfy(event -> {
            assertThat(event.actor()).isEqualTo(PLACING);
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.ACCEPTED);
            assertThat(event.reason()).startsWith("basis=" + basis.get("basisId").asText()
                    + " STATUTORY_PURPOSE CHILDREN_ACT_DUTIES to=");
        });
        assertThat(disclosures).extracting(AuditEvent::reason).anySatisfy(r -> assertThat(r).endsWith("to=" + HOST))
                .anySatisfy(r -> assertThat(r).endsWith("to=" + RunningHub.ICB));
    }

    @Test
    void consentForTheHostCouncilAloneDoesNotCoverTheHostAreasIcb() {
        String planId = plan(PLACING);
        record(PLACING, planId, """
                {"purpose": "PLACEMENT_NOTIFICATION", "recipient": "%s", "basis": "CONSENT",
                 "consentGivenBy": "YOUNG_PERSON", "consentGivenOn": "%s"}""".formatted(HOST, today()));

        HttpResponse<String> refused = hub.as(PLACING).post(PLACEMENTS, placement(planId), "one-body-" + planId);

        assertRefused(refused, 409, "disclosureBasis", "reg-17-basis-required");
        assertThat(refused.body()).contains("to " + RunningHub.ICB);
        assertThat(hub.as(HOST).get("/api/v1/councils/" + HOST + "/inbox/placements").body())
                .as("all or none: the host council is not told either").doesNotContain(planId);
    }

    @Test
    void withdrawnConsentAllowsNoFurtherPlacement() {
        String planId = plan(PLACING);
        String basisId = MatrixFixtures.recordPlacementConsent(hub, PLACING, planId);
        String withdrawal = "/api/v1/plans/" + planId + "/disclosure-bases/" + basisId + "/withdrawal";

        JsonNode withdrawn = Plans.parse(hub.as(PLACING).postEmpty(withdrawal).body());
        JsonNode again = Plans.parse(hub.as(PLACING).postEmpty(withdrawal).body());
        HttpResponse<String> refused = hub.as(PLACING).post(PLACEMENTS, placement(planId), "withdrawn-" + planId);

        assertThat(withdrawn.get("withdrawnOn").asText()).isEqualTo(today().toString());
        assertThat(again.get("withdrawnOn").asText()).as("a second withdrawal keeps the first").isEqualTo(today().toString());
        assertRefused(refused, 409, "disclosureBasis", "reg-17-basis-required");
    }

    @Test
    void overSoapAPlacementWithoutABasisIsAFaultAndWithOneRecordedOverSoapIsSent() throws Exception {
        String planId = plan(PLACING);
        NotifyPlacementRequest place = new NotifyPlacementRequest();
        place.setMessageId("soap-basis-" + planId);
        place.setPlanId(planId);
        place.setPlacingCouncil(PLACING);
        place.setHostCouncil(HOST);
        place.setPlacedOn(date(today()));
        place.setPlacementType(PlacementKind.KINSHIP_CARE);
        var port = new SoapClients(hub).port(PLACING);

        HubFault refused = fault(() -> port.notifyPlacement(place));
        assertThat(refused.getCode()).isEqualTo("disclosure-basis-missing");
        assertThat(refused.getError()).anySatisfy(error -> assertThat(error.getRule()).isEqualTo("reg-17-basis-required"));

        String basisId = port.recordDisclosureBasis(soapConsent("soap-consent-" + planId, planId)).getBasisId();
        assertThat(port.notifyPlacement(place).getPlacement().getHostCouncil()).isEqualTo(HOST);
        assertThat(hub.bean(AuditTrail.class).recent(50)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("disclosure.placement-notification");
            assertThat(event.reason()).startsWith("basis=" + basisId + " CONSENT YOUNG_PERSON " + today());
        });
    }

    /** The young person's consent, given today, to disclose the plan in placement notifications, as SOAP says it. */
    static RecordDisclosureBasisRequest soapConsent(String messageId, String planId) {
        RecordDisclosureBasisRequest consent = new RecordDisclosureBasisRequest();
        consent.setMessageId(messageId);
        consent.setPlanId(planId);
        consent.setPurpose(DisclosurePurposeKind.PLACEMENT_NOTIFICATION);
        consent.setBasis(DisclosureBasisKind.CONSENT);
        consent.setConsentGivenBy(ConsentGiver.YOUNG_PERSON);
        consent.setConsentGivenOn(date(today()));
        return consent;
    }

    @Test
    void aTransferIsNeverBlockedForWantOfConsentItsBasisIsTheReg15DutyRecordedByTheHub() {
        String planId = plan(HOST);
        HttpResponse<String> started = hub.as(HOST).post("/api/v1/transfers",
                MatrixFixtures.transferRequest(planId, HOST, MatrixFixtures.SENDER), "move-" + planId);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String transferId = Plans.parse(started.body()).get("transferId").asText();
        JsonNode duty = basis(HOST, planId, "PLAN_TRANSFER");
        assertThat(duty.get("kind").asText()).isEqualTo("STATUTORY_DUTY");
        assertThat(duty.get("recipient").asText()).isEqualTo(MatrixFixtures.SENDER);
        assertThat(duty.get("recordedBy").asText()).isEqualTo("hub");
        assertThat(duty.get("duty").asText()).contains("reg 15");
        assertThat(hub.bean(AuditTrail.class).recent(50)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("disclosure.plan-transfer");
            assertThat(event.subjectId()).isEqualTo(transferId);
            assertThat(event.reason()).isEqualTo("basis=" + duty.get("basisId").asText()
                    + " STATUTORY_DUTY SEND Regs 2014 reg 15(1)-(2) to=" + MatrixFixtures.SENDER);
        });
    }

    @Test
    void consentGivenToTheOldCouncilDoesNotCoverTheCouncilThePlanMovedTo() {
        String planId = plan(MatrixFixtures.SENDER);
        String lutonsConsent = MatrixFixtures.recordPlacementConsent(hub, MatrixFixtures.SENDER, planId);
        String transferId = Plans.parse(hub.as(MatrixFixtures.SENDER).post("/api/v1/transfers",
                MatrixFixtures.transferRequest(planId, MatrixFixtures.SENDER, HOST), "move-in-" + planId).body())
                .get("transferId").asText();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                hub.as(HOST).get("/api/v1/councils/" + HOST + "/inbox/" + transferId).statusCode() == 200);

        HttpResponse<String> refused = hub.as(HOST).post(PLACEMENTS, """
                {"planId": "%s", "placingCouncil": "%s", "hostCouncil": "303", "placedOn": "%s",
                 "placementType": "FOSTER_CARE"}""".formatted(planId, HOST, today()), "moved-place-" + planId);

        assertRefused(refused, 409, "disclosureBasis", "reg-17-basis-required");
        assertThat(hub.as(HOST).get("/api/v1/plans/" + planId + "/disclosure-bases").body())
                .as("Hertfordshire's record holds its own bases only").doesNotContain(lutonsConsent);
        assertThat(hub.as(MatrixFixtures.SENDER).get("/api/v1/plans/" + planId + "/disclosure-bases").body())
                .as("Luton still sees what it relied on").contains(lutonsConsent).contains("PLAN_TRANSFER");
    }

    @Test
    void theFinalPlansCopyForTheIcbRestsOnTheReg13DutyRecordedByTheHub() {
        String planId = plan(HOST);

        JsonNode duty = basis(HOST, planId, "PLAN_TO_COMMISSIONING_BODY");

        assertThat(duty.get("kind").asText()).isEqualTo("STATUTORY_DUTY");
        assertThat(duty.get("recipient").asText()).isEqualTo(RunningHub.ICB);
        assertThat(duty.get("duty").asText()).contains("reg 13(2)(c)");
        assertThat(hub.bean(AuditTrail.class).recent(50)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("disclosure.plan-to-commissioning-body");
            assertThat(event.subjectId()).isEqualTo(planId);
            assertThat(event.reason()).startsWith("basis=" + duty.get("basisId").asText() + " STATUTORY_DUTY");
        });
    }

    // ---- recording a basis: one test per refusal

    /** Each refusal of a basis that does not say what the law needs it to say: its body, field and rule. */
    static Stream<Arguments> refusedBases() {
        String today = today().toString();
        return Stream.of(
                Arguments.of("a statutory duty's purpose is recorded by the hub, not a caller", """
                        {"purpose": "PLAN_TRANSFER", "basis": "CONSENT", "consentGivenBy": "PARENT",
                         "consentGivenOn": "%s"}""".formatted(today), "purpose", "statutory-duty-purpose"),
                Arguments.of("a caller cannot record a statutory duty", """
                        {"purpose": "PLACEMENT_NOTIFICATION", "basis": "STATUTORY_DUTY"}""", "basis",
                        "hub-records-statutory-duties"),
                Arguments.of("a basis names its kind", """
                        {"purpose": "PLACEMENT_NOTIFICATION"}""", "basis", "required"),
                Arguments.of("consent names who gave it", """
                        {"purpose": "PLACEMENT_NOTIFICATION", "basis": "CONSENT", "consentGivenOn": "%s"}"""
                        .formatted(today), "consentGivenBy", "required"),
                Arguments.of("consent cannot be given in the future", """
                        {"purpose": "PLACEMENT_NOTIFICATION", "basis": "CONSENT", "consentGivenBy": "PARENT",
                         "consentGivenOn": "%s"}""".formatted(today().plusDays(1)), "consentGivenOn", "not-in-future"),
                Arguments.of("a basis is consent or a purpose, not both", """
                        {"purpose": "PLACEMENT_NOTIFICATION", "basis": "CONSENT", "consentGivenBy": "PARENT",
                         "consentGivenOn": "%s", "statutoryPurpose": "INTERESTS_OF_CHILD"}""".formatted(today),
                        "statutoryPurpose", "consent-or-purpose"),
                Arguments.of("a statutory purpose basis names the purpose", """
                        {"purpose": "PLACEMENT_NOTIFICATION", "basis": "STATUTORY_PURPOSE"}""", "statutoryPurpose",
                        "required"),
                Arguments.of("the recipient is a body in the directory", """
                        {"purpose": "PLACEMENT_NOTIFICATION", "recipient": "ZZZ99", "basis": "STATUTORY_PURPOSE",
                         "statutoryPurpose": "INTERESTS_OF_CHILD"}""", "recipient", "known-authority"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBases")
    void aBasisThatDoesNotSayWhatTheLawNeedsIsRefused(String why, String body, String field, String rule) {
        String planId = plan(HOST);
        assertRefused(hub.as(HOST).post("/api/v1/plans/" + planId + "/disclosure-bases", body, "basis-" + planId),
                422, field, rule);
        assertThat(hub.as(HOST).get("/api/v1/plans/" + planId + "/disclosure-bases").body())
                .as("nothing recorded").doesNotContain("PLACEMENT_NOTIFICATION");
    }

    @Test
    void anotherCouncilsPlanHasNoBasesToRecordOrRead() {
        String planId = plan(HOST);
        assertRefused(hub.as(PLACING).post("/api/v1/plans/" + planId + "/disclosure-bases",
                MatrixFixtures.placementConsent(), "theirs-" + planId), 404, "planId", "known-plan");
        assertRefused(hub.as(PLACING).get("/api/v1/plans/" + planId + "/disclosure-bases"), 404, "planId",
                "known-plan");
    }

    @Test
    void anUnknownBasisCannotBeWithdrawn() {
        String planId = plan(HOST);
        assertRefused(hub.as(HOST).postEmpty("/api/v1/plans/" + planId + "/disclosure-bases/"
                + java.util.UUID.randomUUID() + "/withdrawal"), 404, "basisId", "known-basis");
    }

    @Test
    void aStatutoryDutyCannotBeWithdrawn() {
        String planId = plan(HOST);
        String dutyId = basis(HOST, planId, "PLAN_TO_COMMISSIONING_BODY").get("basisId").asText();
        assertRefused(hub.as(HOST).postEmpty("/api/v1/plans/" + planId + "/disclosure-bases/" + dutyId
                + "/withdrawal"), 409, "basisId", "statutory-duty-not-withdrawable");
    }

    // ---- helpers

    private String plan(String council) {
        return new MatrixFixtures(hub).plan(council);
    }

    private static String placement(String planId) {
        return """
                {"planId": "%s", "placingCouncil": "%s", "hostCouncil": "%s", "placedOn": "%s",
                 "placementType": "FOSTER_CARE"}""".formatted(planId, PLACING, HOST, today());
    }

    private JsonNode record(String council, String planId, String body) {
        HttpResponse<String> recorded = hub.as(council).post("/api/v1/plans/" + planId + "/disclosure-bases", body,
                "basis-" + planId);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return Plans.parse(recorded.body());
    }

    /** The plan's one basis for {@code purpose}, as the council reads it. */
    private JsonNode basis(String council, String planId, String purpose) {
        HttpResponse<String> listed = hub.as(council).get("/api/v1/plans/" + planId + "/disclosure-bases");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<JsonNode> found = new java.util.ArrayList<>();
        Plans.parse(listed.body()).forEach(b -> {
            if (purpose.equals(b.get("purpose").asText())) {
                found.add(b);
            }
        });
        assertThat(found).as(purpose + " bases of " + planId).hasSize(1);
        return found.get(0);
    }
}
