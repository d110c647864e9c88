package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An assessment in progress moves with the family, over the API as each party would (issue 14 item 3):
 * Hertfordshire (919) records a request, decides to assess, asks a trust for health advice and gets it; the child
 * moves to Luton (821); 919 exports the case; 821 finds the hand-over in its inbox and opens its own case from it,
 * keeping the health advice; 919's journey shows the export and the hand-over delivered and acknowledged.
 *
 * <h2>The hand-worked dates</h2>
 * <ul>
 *   <li>919 received the request Monday 2 March 2026 and decided to assess Friday 10 April 2026.</li>
 *   <li>The child moved Monday 4 May 2026, when 821 became responsible (CFA 2014 s24).</li>
 *   <li>821 decides whether to assess (reg 5(1), 6 weeks from becoming responsible): 4 May + 42 days = Monday
 *       15 June 2026.</li>
 *   <li>821's final plan (reg 13(2), 20 weeks): 4 May + 140 days = Monday 21 September 2026.</li>
 *   <li>821 decides to assess on Wednesday 20 May 2026; its decision not to issue (reg 10(1), 16 weeks from
 *       becoming responsible): 4 May + 112 days = Monday 24 August 2026.</li>
 * </ul>
 */
class AssessmentHandOverTest {

    private static final String HERTS = "919";
    private static final String LUTON = "821";

    private final RunningHub hub = RunningHub.get();

    @Test
    void theRequestAndTheAdviceMoveToTheNewCouncilWhichOpensItsCaseFromThem() {
        String caseId = AssessmentJourneyTest.assessingCase(hub);
        ObjectNode ask = AdviceRequestTest.newRequest("MEDICAL", TRUST, LocalDate.of(2026, 4, 13));
        ask.put("caseId", caseId);
        HttpResponse<String> asked = hub.as(HERTS).post("/api/v1/councils/919/advice-requests", ask.toString(), key());
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String requestId = Plans.parse(asked.body()).get("requestId").asText();
        HttpResponse<String> answered = hub.as(TRUST).post("/api/v1/advice-requests/" + requestId + "/health-advice",
                AdviceRequestTest.healthAdvice(requestId).toString(), key());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);

        HttpResponse<String> exported = hub.as(HERTS).post("/api/v1/councils/919/cases/" + caseId + "/export",
                "{\"toCouncil\":\"821\",\"movedOn\":\"2026-05-04\"}", key());
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        JsonNode export = event(Plans.parse(exported.body()), "EXPORTED");
        assertThat(export.get("party").asText()).isEqualTo(LUTON);
        String transferId = export.get("ref").asText();

        await().atMost(Duration.ofSeconds(30)).until(() -> status(transferId), s -> !s.equals("REQUESTED")
                && !s.equals("SENT"));
        assertThat(status(transferId)).isEqualTo("DELIVERED");

        JsonNode listed = find(Plans.parse(hub.as(LUTON).get("/api/v1/councils/821/inbox").body()), transferId);
        assertThat(listed.get("kind").asText()).isEqualTo("ASSESSMENT");
        assertThat(listed.has("planId")).isFalse();
        JsonNode item = Plans.parse(hub.as(LUTON).get("/api/v1/councils/821/inbox/" + transferId).body());
        assertThat(item.get("assessment").get("receivedOn").asText()).isEqualTo("2026-03-02");
        assertThat(item.get("assessment").get("advice").get(0).get("part").asText())
                .isEqualTo("advice/1-health-advice.json");
        assertThat(hub.as(LUTON).get("/api/v1/councils/821/inbox/" + transferId
                + "/documents/advice/1-health-advice.json").statusCode()).isEqualTo(200);

        HttpResponse<String> opened = hub.as(LUTON).post("/api/v1/councils/821/inbox/" + transferId
                        + "/assessment-case",
                "{\"receivedOn\":\"2026-05-04\",\"reuse\":[\"advice/1-health-advice.json\"]}", key());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode luton = Plans.parse(opened.body());
        assertThat(luton.get("council").asText()).isEqualTo(LUTON);
        assertThat(luton.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(due(luton, "DECIDE_WHETHER_TO_ASSESS")).isEqualTo("2026-06-15");
        assertThat(due(luton, "FINAL_PLAN")).isEqualTo("2026-09-21");
        assertThat(kinds(luton.get("clocks"))).doesNotContain("ADVICE");
        assertThat(kinds(luton.get("events"))).containsExactly("ASSESSMENT_HANDED_OVER", "ADVICE_REUSED");
        assertThat(event(luton, "ADVICE_REUSED").get("ref").asText()).isEqualTo("advice/1-health-advice.json");

        HttpResponse<String> decided = hub.as(LUTON).post("/api/v1/councils/821/cases/" + luton.get("caseId").asText()
                + "/assessment-decision", "{\"outcome\":\"Y\",\"decidedOn\":\"2026-05-20\"}", key());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(due(Plans.parse(decided.body()), "DECIDE_NOT_TO_ISSUE")).isEqualTo("2026-08-24");

        await().atMost(Duration.ofSeconds(30)).until(() -> status(transferId), "ACKNOWLEDGED"::equals);
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(Plans.parse(hub.as(HERTS)
                .get("/api/v1/councils/919/cases/" + caseId + "/journey").body()).get("events")),
                kinds -> kinds.contains("HAND_OVER_ACKNOWLEDGED"));
        JsonNode herts = Plans.parse(hub.as(HERTS).get("/api/v1/councils/919/cases/" + caseId + "/journey").body());
        assertThat(herts.get("status").asText()).isEqualTo("EXPORTED");
        assertThat(kinds(herts.get("events"))).containsSubsequence("EXPORTED", "HAND_OVER_DELIVERED",
                "HAND_OVER_ACKNOWLEDGED");
    }

    private String status(String transferId) {
        return Plans.parse(hub.as(HERTS).get("/api/v1/transfers/" + transferId).body()).get("status").asText();
    }

    private static JsonNode find(JsonNode items, String transferId) {
        for (JsonNode item : items) {
            if (item.get("transferId").asText().equals(transferId)) {
                return item;
            }
        }
        throw new AssertionError("not in the inbox: " + transferId);
    }

    private static JsonNode event(JsonNode journey, String kind) {
        for (JsonNode event : journey.get("events")) {
            if (event.get("kind").asText().equals(kind)) {
                return event;
            }
        }
        throw new AssertionError("no " + kind + " event");
    }

    private static String due(JsonNode journey, String kind) {
        for (JsonNode clock : journey.get("clocks")) {
            if (clock.get("kind").asText().equals(kind)) {
                return clock.get("due").asText();
            }
        }
        throw new AssertionError("no " + kind + " clock");
    }

    private static List<String> kinds(JsonNode array) {
        List<String> kinds = new ArrayList<>();
        array.forEach(n -> kinds.add(n.get("kind").asText()));
        return kinds;
    }

    private static String key() {
        return "handover-" + UUID.randomUUID();
    }
}
