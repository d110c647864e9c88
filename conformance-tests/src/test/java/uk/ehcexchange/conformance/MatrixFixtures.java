package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The real resources the authorisation matrix calls its operations on, each made afresh by its rightful owner
 * through the public interfaces: Hertfordshire's (919) plans, documents, transfers and advice requests, a transfer
 * delivered to Hertfordshire from Luton (821), advice received, and a child Luton placed in Hertfordshire (whose
 * ICB, QM7, is told too). Fresh ids every time, so cells never disturb one another or other tests.
 */
final class MatrixFixtures {

    static final String COUNCIL = "919";
    static final String SENDER = "821";
    static final String OTHER_COUNCIL = "305";
    static final String DOCUMENT = "HCC-EHCP-2023-004417/K/04-medical-advice.pdf";
    static final byte[] PDF = "%PDF-1.7\n% invented medical advice for the authorisation matrix\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    /** A transfer in Hertfordshire's inbox, and the name of a document part that travelled with it. */
    record Delivered(String transferId, String partName) {
    }

    /** Advice in Hertfordshire's advice inbox, and the SHA-256 of its attachment (if it has one). */
    record Received(String requestId, String responseId, String attachmentSha256) {
    }

    private final RunningHub hub;

    MatrixFixtures(RunningHub hub) {
        this.hub = hub;
    }

    /** A final plan of {@code council}'s, submitted by it. */
    String plan(String council) {
        String planId = Plans.freshId();
        ObjectNode plan = Plans.golden(planId);
        plan.put("owningCouncil", council);
        expect(hub.as(council).put("/api/v1/plans/" + planId, plan.toString(), "matrix-" + planId), 201);
        return planId;
    }

    /** A plan of Hertfordshire's with its section K document uploaded. */
    String planWithDocument(String council) {
        String planId = plan(council);
        expect(hub.as(council).putDocument("/api/v1/plans/" + planId + "/documents/" + DOCUMENT, "application/pdf",
                HttpRequest.BodyPublishers.ofByteArray(PDF)), 200);
        return planId;
    }

    /** A transfer Hertfordshire started of a plan of its own, to Luton. */
    String transfer() {
        String planId = plan(COUNCIL);
        return Plans.parse(expect(hub.as(COUNCIL).post("/api/v1/transfers", transferRequest(planId, COUNCIL, SENDER),
                "matrix-move-" + planId), 202).body()).get("transferId").asText();
    }

    static String transferRequest(String planId, String from, String to) {
        LocalDate today = SoapFixtures.today();
        return """
                {"planId": "%s", "fromCouncil": "%s", "toCouncil": "%s", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, from, to, today, today.minusDays(40));
    }

    /** A plan of Luton's, with its document, transferred to Hertfordshire and delivered to its inbox. */
    Delivered delivered() {
        String planId = planWithDocument(SENDER);
        String transferId = Plans.parse(expect(hub.as(SENDER).post("/api/v1/transfers",
                transferRequest(planId, SENDER, COUNCIL), "matrix-move-" + planId), 202).body())
                .get("transferId").asText();
        String item = "/api/v1/councils/" + COUNCIL + "/inbox/" + transferId;
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.as(COUNCIL).get(item).statusCode() == 200);
        JsonNode documents = Plans.parse(hub.as(COUNCIL).get(item).body()).get("documents");
        assertThat(documents).as("documents that travelled with " + transferId).isNotEmpty();
        return new Delivered(transferId, documents.get(0).get("partName").asText());
    }

    /** An assessment in progress at {@code SENDER}, exported to Hertfordshire: a hand-over in its inbox. */
    String handOver() {
        String caseId = Plans.parse(expect(hub.as(SENDER).post("/api/v1/councils/" + SENDER + "/assessment-requests",
                AssessmentJourneyTest.request("2026-03-02", 1), "matrix-request-" + Plans.freshId()), 201).body())
                .get("caseId").asText();
        JsonNode exported = Plans.parse(expect(hub.as(SENDER).post("/api/v1/councils/" + SENDER + "/cases/" + caseId
                + "/export", "{\"toCouncil\":\"" + COUNCIL + "\",\"movedOn\":\"2026-05-04\"}",
                "matrix-export-" + caseId), 200).body());
        String transferId = exported.get("events").get(exported.get("events").size() - 1).get("ref").asText();
        String item = "/api/v1/councils/" + COUNCIL + "/inbox/" + transferId;
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.as(COUNCIL).get(item).statusCode() == 200);
        return transferId;
    }

    /** Hertfordshire asks its own social care team for advice. */
    String socialCareRequest() {
        return askFor("SOCIAL_CARE", COUNCIL);
    }

    /** Hertfordshire asks its own educational psychology service for advice. */
    String psychologicalRequest() {
        return askFor("PSYCHOLOGICAL", COUNCIL);
    }

    /** Hertfordshire asks its community trust (RY4) for health advice: a Task the trust owns on FHIR. */
    String medicalRequest() {
        return askFor("MEDICAL", RunningHub.TRUST);
    }

    private String askFor(String type, String recipient) {
        return Plans.parse(expect(hub.as(COUNCIL).post("/api/v1/councils/" + COUNCIL + "/advice-requests",
                AdviceRequestTest.newRequest(type, recipient, null).toString(), "matrix-ask-" + UUID.randomUUID()),
                201).body()).get("requestId").asText();
    }

    /** Health advice with a clinic letter attached, sent by the trust as a FHIR document, in Hertfordshire's inbox. */
    Received healthAdvice() {
        String requestId = medicalRequest();
        new TrustSystem(hub, RunningHub.TRUST).client().create()
                .resource(AdviceBundles.document(AdviceBundles.advice(requestId))).execute();
        return new Received(requestId, responseTo(requestId),
                AdviceBundles.sha256(AdviceBundles.report(requestId)));
    }

    /** Hertfordshire's social care team's assessment, in Hertfordshire's advice inbox. */
    Received socialCareAssessment() {
        String requestId = socialCareRequest();
        expect(hub.as(RunningHub.SOCIAL_CARE_919).post("/api/v1/advice-requests/" + requestId
                + "/social-care-assessment", assessment(requestId).toString(), "matrix-sca-" + requestId), 201);
        return new Received(requestId, responseTo(requestId), null);
    }

    private String responseTo(String requestId) {
        return Plans.parse(hub.as(COUNCIL).get("/api/v1/advice-requests/" + requestId).body())
                .get("responseId").asText();
    }

    /**
     * A final plan of {@code council}'s whose placement notifications may be sent: the council has recorded the
     * parent's consent to disclose it for that purpose (reg 17; docs/disclosure.md).
     */
    String placeablePlan(String council) {
        String planId = plan(council);
        recordPlacementConsent(hub, council, planId);
        return planId;
    }

    /** The council records the parent's consent (given today) to disclose the plan in placement notifications. */
    static String recordPlacementConsent(RunningHub hub, String council, String planId) {
        return Plans.parse(expect(hub.as(council).post("/api/v1/plans/" + planId + "/disclosure-bases",
                placementConsent(), "consent-" + planId), 201).body()).get("basisId").asText();
    }

    static String placementConsent() {
        return """
                {"purpose": "PLACEMENT_NOTIFICATION", "basis": "CONSENT", "consentGivenBy": "PARENT",
                 "consentGivenOn": "%s"}""".formatted(SoapFixtures.today());
    }

    /** Luton places a child of its own in Hertfordshire: Hertfordshire and its ICB are notified. */
    String placement() {
        String planId = placeablePlan(SENDER);
        return Plans.parse(expect(hub.as(SENDER).post("/api/v1/placement-notifications", placementRequest(planId),
                "matrix-place-" + planId), 201).body()).get("notificationId").asText();
    }

    static String placementRequest(String planId) {
        return """
                {"planId": "%s", "placingCouncil": "%s", "hostCouncil": "%s", "placedOn": "%s",
                 "placementType": "FOSTER_CARE"}""".formatted(planId, SENDER, COUNCIL, SoapFixtures.today());
    }

    /** A review of a final plan of Hertfordshire's, its meeting three weeks from today. */
    String review() {
        String planId = plan(COUNCIL);
        return Plans.parse(expect(hub.as(COUNCIL).post("/api/v1/councils/" + COUNCIL + "/plans/" + planId
                + "/reviews", newReview(), "matrix-review-" + planId), 201).body()).get("reviewId").asText();
    }

    static String newReview() {
        return "{\"meetingOn\": \"" + SoapFixtures.today().plusWeeks(3) + "\"}";
    }

    /** Hertfordshire asks its own social care team for advice for a review. */
    String socialCareReviewAdvice() {
        String reviewId = review();
        return Plans.parse(expect(hub.as(COUNCIL).post("/api/v1/councils/" + COUNCIL + "/reviews/" + reviewId
                        + "/advice-requests", "{\"adviser\": \"SOCIAL_CARE\", \"party\": \"" + COUNCIL + "\"}",
                "matrix-review-advice-" + reviewId), 201).body()).get("requestId").asText();
    }

    /** Advice of the kind {@code type} (an AdviceDocument) about the golden plan's child, answering {@code requestId}. */
    static ObjectNode adviceDocument(String requestId, String type) {
        ObjectNode advice = Plans.JSON.createObjectNode().put("adviceId", "ADV-" + requestId.substring(0, 8))
                .put("requestReference", requestId).put("adviceType", type);
        ObjectNode child = ((ObjectNode) Plans.golden("ANY").get("child")).deepCopy();
        child.remove("localCaseReference");
        advice.set("child", child);
        advice.putObject("adviser").put("role", "Educational psychologist")
                .put("organisation", "Hertfordshire Educational Psychology Service").put("organisationCode", COUNCIL);
        advice.putArray("sections").addObject().put("heading", "Cognition and learning")
                .put("text", "Theo learns best in short, structured tasks with visual prompts.")
                .put("writtenOn", LocalDate.now().toString());
        return advice;
    }

    /** A social care assessment of the golden plan's child, in answer to {@code requestId}. */
    static ObjectNode assessment(String requestId) {
        ObjectNode assessment = AdviceRequestTest.healthAdvice(requestId);
        assessment.remove("adviceId");
        assessment.remove("odsCode");
        assessment.put("assessmentId", "HCC-SCA-" + requestId.substring(0, 8));
        assessment.put("laCode", COUNCIL);
        return assessment;
    }

    private static <T> HttpResponse<T> expect(HttpResponse<T> response, int status) {
        assertThat(response.statusCode()).as("fixture: %s", response.body()).isEqualTo(status);
        return response;
    }
}
