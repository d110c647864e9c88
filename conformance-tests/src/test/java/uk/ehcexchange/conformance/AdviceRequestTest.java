package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.ehcexchange.conformance.BadRequestTest.assertRefused;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hertfordshire asks for advice for an EHC needs assessment; the trust (or its own social care team) answers, and
 * the answer reaches Hertfordshire's inbox with whether it met the 6-week deadline (reg 8).
 */
class AdviceRequestTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void healthAdviceAnsweredInTimeReachesTheCouncilsInboxOnce() {
        JsonNode request = requested("MEDICAL", TRUST, null);
        String requestId = request.get("requestId").asText();
        assertThat(request.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(request.get("dueOn").asText()).isEqualTo(LocalDate.parse(request.get("requestedOn").asText())
                .plusWeeks(6).toString());

        assertThat(hub.as(TRUST).get("/api/v1/advice-requests/" + requestId).statusCode()).isEqualTo(200);
        HttpResponse<String> started = hub.as(TRUST).post("/api/v1/advice-requests/" + requestId + "/status",
                "{\"status\":\"IN_PROGRESS\"}", null);
        assertThat(Plans.parse(started.body()).get("status").asText()).as(started.body()).isEqualTo("IN_PROGRESS");

        String messageId = "rwh-" + UUID.randomUUID();
        HttpResponse<String> answered = answerHealth(requestId, healthAdvice(requestId), messageId);
        HttpResponse<String> resent = answerHealth(requestId, healthAdvice(requestId), messageId);

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        JsonNode response = Plans.parse(answered.body());
        assertThat(response.get("withinDeadline").asBoolean()).isTrue();
        assertThat(Plans.parse(resent.body()).get("responseId")).isEqualTo(response.get("responseId"));
        String responseId = response.get("responseId").asText();
        JsonNode completed = Plans.parse(hub.as("919").get("/api/v1/advice-requests/" + requestId).body());
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("responseId").asText()).isEqualTo(responseId);

        JsonNode inbox = Plans.parse(hub.as("919").get("/api/v1/councils/919/inbox/advice").body());
        assertThat(inbox.findValues("requestId")).filteredOn(id -> id.asText().equals(requestId)).hasSize(1);
        JsonNode item = Plans.parse(hub.as("919").get("/api/v1/councils/919/inbox/advice/" + responseId).body());
        assertThat(item.get("responder").asText()).isEqualTo(TRUST);
        assertThat(item.get("advice").get("needs")).isNotEmpty();
        assertThat(item.get("status").asText()).isEqualTo("DELIVERED");
        JsonNode acknowledged = Plans.parse(hub.as("919")
                .postEmpty("/api/v1/councils/919/inbox/advice/" + responseId + "/acknowledgement").body());
        assertThat(acknowledged.get("status").asText()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void adviceReceivedForThePlanTravelsWithItWhenTheChildMoves() {
        String planId = Plans.freshId();
        hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "submit-" + planId);
        String health = requested("MEDICAL", TRUST, null, planId).get("requestId").asText();
        ObjectNode healthAdvice = healthAdvice(health);
        answerHealth(health, healthAdvice, "travel-" + health);
        String socialCare = requested("SOCIAL_CARE", "919", null, planId).get("requestId").asText();
        hub.as("919").post("/api/v1/advice-requests/" + socialCare + "/social-care-assessment",
                socialCareAssessment(socialCare).toString(), "travel-" + socialCare);
        String psychological = requested("PSYCHOLOGICAL", "919", null, planId).get("requestId").asText();
        hub.as("919").post("/api/v1/advice-requests/" + psychological + "/advice",
                MatrixFixtures.adviceDocument(psychological, "PSYCHOLOGICAL").toString(), "travel-" + psychological);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String transferId = Plans.parse(hub.as("919").post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "821", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, today, today.minusDays(40)), "transfer-" + planId).body())
                .get("transferId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                hub.as("821").get("/api/v1/councils/821/inbox/" + transferId).statusCode()).isEqualTo(200));

        JsonNode item = Plans.parse(hub.as("821").get("/api/v1/councils/821/inbox/" + transferId).body());
        List<String> parts = item.get("documents").findValuesAsText("partName");
        assertThat(parts).anyMatch(name -> name.matches("advice/\\d+-health-advice\\.json"))
                .anyMatch(name -> name.matches("social-care/\\d+-social-care-assessment\\.json"))
                .anyMatch(name -> name.matches("advice/\\d+-psychological-advice\\.json"));
        String advicePart = parts.stream().filter(name -> name.endsWith("-health-advice.json")).findFirst().orElseThrow();
        HttpResponse<byte[]> download = hub.as("821").getBytes("/api/v1/councils/821/inbox/" + transferId
                + "/documents/" + advicePart);
        assertThat(download.headers().allValues("Content-Disposition")).containsExactly("attachment; filename=\""
                + advicePart.substring(advicePart.lastIndexOf('/') + 1) + "\"");
        assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.headers().allValues("Cache-Control")).containsExactly("no-store");
        JsonNode arrived = Plans.parse(new String(download.body(), StandardCharsets.UTF_8));
        assertThat(arrived.get("adviceId")).isEqualTo(healthAdvice.get("adviceId"));
        assertThat(arrived.get("needs")).isEqualTo(healthAdvice.get("needs"));
    }

    @Test
    void adviceAfterSixWeeksIsRecordedAsLate() {
        String requestId = requested("MEDICAL", TRUST, LocalDate.now().minusDays(50)).get("requestId").asText();

        HttpResponse<String> answered = answerHealth(requestId, healthAdvice(requestId), "late-" + requestId);

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        assertThat(Plans.parse(answered.body()).get("withinDeadline").asBoolean()).isFalse();
    }

    @Test
    void theCouncilsSocialCareTeamAnswersWithAnAssessment() {
        String requestId = requested("SOCIAL_CARE", "919", null).get("requestId").asText();
        HttpResponse<String> answered = hub.as("919").post("/api/v1/advice-requests/" + requestId
                + "/social-care-assessment", socialCareAssessment(requestId).toString(), "sca-" + requestId);

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        assertThat(Plans.parse(answered.body()).get("adviceType").asText()).isEqualTo("SOCIAL_CARE");
    }

    @Test
    void onlyTheRecipientMayAnswerAndToAnyoneElseTheRequestDoesNotExist() {
        String requestId = requested("MEDICAL", TRUST, null).get("requestId").asText();
        String unknown = UUID.randomUUID().toString();

        HttpResponse<String> outsider = hub.as("821").post("/api/v1/advice-requests/" + requestId + "/health-advice",
                healthAdvice(requestId).toString(), "x-" + requestId);
        assertRefused(outsider, 404, "requestId", "known-request");
        Answers.assertAnsweredAlike(outsider, requestId, hub.as("821").post("/api/v1/advice-requests/" + unknown
                + "/health-advice", healthAdvice(unknown).toString(), "x-" + unknown), unknown);
        Answers.assertAnsweredAlike(hub.as("821").get("/api/v1/advice-requests/" + requestId), requestId,
                hub.as("821").get("/api/v1/advice-requests/" + unknown), unknown);
        assertRefused(hub.as("919").post("/api/v1/advice-requests/" + requestId + "/health-advice",
                healthAdvice(requestId).toString(), "asker-" + requestId), 403, "requestId", "recipient-only");
        assertThat(Plans.parse(hub.as("919").get("/api/v1/advice-requests/" + requestId).body()).get("status")
                .asText()).as("nothing recorded").isEqualTo("REQUESTED");
    }

    @Test
    void aSocialCareAssessmentFromAnotherCouncilFindsNoRequest() {
        String requestId = requested("SOCIAL_CARE", "919", null).get("requestId").asText();
        String unknown = UUID.randomUUID().toString();

        HttpResponse<String> hidden = hub.as("821").post("/api/v1/advice-requests/" + requestId
                + "/social-care-assessment", socialCareAssessment(requestId).toString(), "sca-x-" + requestId);

        assertRefused(hidden, 404, "requestId", "known-request");
        Answers.assertAnsweredAlike(hidden, requestId, hub.as("821").post("/api/v1/advice-requests/" + unknown
                + "/social-care-assessment", socialCareAssessment(unknown).toString(), "sca-x-" + unknown), unknown);
        assertThat(Plans.parse(hub.as("919").get("/api/v1/advice-requests/" + requestId).body()).get("status")
                .asText()).as("nothing recorded").isEqualTo("REQUESTED");
    }

    @Test
    void aCompletedRequestTakesNoSecondAnswer() {
        String requestId = requested("MEDICAL", TRUST, null).get("requestId").asText();
        answerHealth(requestId, healthAdvice(requestId), "first-" + requestId);

        assertRefused(answerHealth(requestId, healthAdvice(requestId), "second-" + requestId), 409, "requestId",
                "request-open");
    }

    @Test
    void adviceAboutAnotherChildIsRefused() {
        String requestId = requested("MEDICAL", TRUST, null).get("requestId").asText();
        ObjectNode advice = healthAdvice(requestId);
        ((ObjectNode) advice.get("child")).put("nhsNumber", "9434765919");

        assertRefused(answerHealth(requestId, advice, "other-" + requestId), 422, "child", "child-matches-request");
    }

    @Test
    void anAnswerCitesOnlyDocumentsSentWithItWhetherOrNotTheHubHoldsThem() {
        String planId = Plans.freshId();
        hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "submit-" + planId);
        byte[] letter = ("%PDF-1.4\n% Hertfordshire's own letter for " + planId + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(hub.as("919").putDocument("/api/v1/plans/" + planId + "/documents/" + PlanDocumentTest.REFERENCE,
                "application/pdf", java.net.http.HttpRequest.BodyPublishers.ofByteArray(letter)).statusCode())
                .isEqualTo(200);
        String requestId = requested("MEDICAL", TRUST, null).get("requestId").asText();

        HttpResponse<String> held = answerHealth(requestId, citing(requestId, AdviceBundles.sha256(letter)),
                "held-" + requestId);
        HttpResponse<String> neverReceived = answerHealth(requestId, citing(requestId, "0".repeat(64)),
                "never-" + requestId);

        assertRefused(held, 422, "attachments[0].sha256", "attachment-of-this-answer");
        Answers.assertAnsweredAlike(held, AdviceBundles.sha256(letter), neverReceived, "0".repeat(64));
        assertThat(Plans.parse(hub.as("919").get("/api/v1/advice-requests/" + requestId).body()).get("status")
                .asText()).as("nothing recorded").isEqualTo("REQUESTED");
    }

    private static ObjectNode citing(String requestId, String sha256) {
        ObjectNode advice = healthAdvice(requestId);
        advice.withArray("attachments").addObject().put("documentReference", "ADV/report.pdf")
                .put("title", "Report").put("mediaType", "application/pdf").put("sizeBytes", 10)
                .put("sha256", sha256);
        return advice;
    }

    @Test
    void anUnknownRequestIsNotFound() {
        String requestId = UUID.randomUUID().toString();

        assertRefused(answerHealth(requestId, healthAdvice(requestId), "unknown-" + requestId), 404, "requestId",
                "known-request");
    }

    @Test
    void healthAdviceIsAskedOfTheNhsAndNotOfACouncil() {
        assertRefused(hub.as("919").post("/api/v1/councils/919/advice-requests",
                newRequest("MEDICAL", "821", null).toString(), "bad-" + UUID.randomUUID()), 422, "recipient",
                "recipient-fits-advice-type");
    }

    @Test
    void adviceIsRequestedOnlyUnderACouncilsCode() {
        for (String notACouncil : List.of(TRUST, RunningHub.ICB, "ZZZ")) {
            String key = "not-a-council-" + UUID.randomUUID();
            assertRefused(hub.as(TRUST).post("/api/v1/councils/" + notACouncil + "/advice-requests",
                    newRequest("MEDICAL", TRUST, null).toString(), key), 404, "council", "known-council");
            assertRefused(hub.as(TRUST).get("/api/v1/councils/" + notACouncil + "/advice-requests"), 404, "council",
                    "known-council");
        }
    }

    @Test
    void aCouncilAsksOnlyForItself() {
        assertRefused(hub.as("821").post("/api/v1/councils/919/advice-requests",
                newRequest("MEDICAL", TRUST, null).toString(), "not-mine-" + UUID.randomUUID()), 403, "council",
                "own-authority-only");
    }

    private JsonNode requested(String type, String recipient, LocalDate requestedOn) {
        return requested(type, recipient, requestedOn, null);
    }

    private JsonNode requested(String type, String recipient, LocalDate requestedOn, String planId) {
        ObjectNode request = newRequest(type, recipient, requestedOn);
        if (planId != null) {
            request.put("planId", planId);
        }
        HttpResponse<String> created = hub.as("919").post("/api/v1/councils/919/advice-requests",
                request.toString(), "ask-" + UUID.randomUUID());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Plans.parse(created.body());
    }

    private HttpResponse<String> answerHealth(String requestId, JsonNode advice, String messageId) {
        return hub.as(TRUST).post("/api/v1/advice-requests/" + requestId + "/health-advice", advice.toString(),
                messageId);
    }

    static ObjectNode newRequest(String type, String recipient, LocalDate requestedOn) {
        ObjectNode request = Plans.JSON.createObjectNode().put("adviceType", type).put("recipient", recipient)
                .put("question", "Health needs relevant to education, and provision to meet them");
        request.set("child", Plans.golden("ANY").get("child"));
        if (requestedOn != null) {
            request.put("requestedOn", requestedOn.toString());
        }
        return request;
    }

    static ObjectNode healthAdvice(String requestId) {
        ObjectNode advice = (ObjectNode) adviceContent(requestId);
        advice.put("adviceId", "RY4-ADV-" + requestId.substring(0, 8));
        advice.put("odsCode", TRUST);
        return advice;
    }

    private static ObjectNode socialCareAssessment(String requestId) {
        ObjectNode assessment = (ObjectNode) adviceContent(requestId);
        assessment.put("assessmentId", "HCC-SCA-" + requestId.substring(0, 8));
        assessment.put("laCode", "919");
        return assessment;
    }

    /** What health advice and a social care assessment share, about the golden plan's child. */
    private static JsonNode adviceContent(String requestId) {
        ObjectNode advice = Plans.JSON.createObjectNode().put("requestReference", requestId);
        ObjectNode child = ((ObjectNode) Plans.golden("ANY").get("child")).deepCopy();
        child.remove("localCaseReference");
        advice.set("child", child);
        advice.putObject("author").put("role", "Consultant community paediatrician")
                .put("organisation", "Hertfordshire Community NHS Trust").put("writtenOn", LocalDate.now().toString());
        ((ArrayNode) advice.putArray("needs")).add("Sensory processing differences affecting regulation in class.");
        advice.putArray("outcomes").addObject().put("id", "O1")
                .put("description", "Stays in class for whole lessons on most days.").put("term", "SHORT_TERM")
                .put("preparingForAdulthood", false);
        advice.putArray("recommendedProvision").addObject().put("id", "P1")
                .put("description", "Sensory diet reviewed by occupational therapy.")
                .put("deliveredBy", "Children's occupational therapist").put("quantity", "1 review each year")
                .putArray("outcomeIds").add("O1");
        return advice;
    }
}
