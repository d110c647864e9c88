package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.BadRequestTest.assertRefused;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One child's EHC needs assessment through the hub, as Hertfordshire's case system records it over the API:
 * request, decision to assess, draft plan, the family's representations, an exception, final plan. Every clock is
 * checked against dates worked out by hand here, not by the hub's library.
 *
 * <h2>The hand-worked dates</h2>
 * Weeks are calendar weeks; "within N weeks of" the request does not count the day it was received; the family's
 * "at least 15 days beginning with the day on which the draft plan was served" counts that day as day 1.
 * <ul>
 *   <li>Request received Monday 2 March 2026.</li>
 *   <li>Decide whether to assess (reg 5(1), 6 weeks): 2 March + 42 days = Monday 13 April 2026. Decided Friday
 *       10 April: MET.</li>
 *   <li>Decision not to issue (reg 10(1), 16 weeks from the request): 2 March + 112 days = Monday 22 June 2026.
 *       Not needed once the draft is served (the council has decided to issue).</li>
 *   <li>Draft served Monday 15 June 2026: representations until day 15 = Monday 29 June 2026 (reg 13(1)).
 *       Received Friday 26 June: MET.</li>
 *   <li>Final plan (reg 13(2), 20 weeks from the request): 2 March + 140 days = Monday 20 July 2026. Issued Friday
 *       24 July: LATE, with the family's absence from the area recorded as the exception (reg 13(3)(d)).</li>
 * </ul>
 */
class AssessmentJourneyTest {

    private static final String HERTS = "919";
    private static final String CASES = "/api/v1/councils/919/cases/";

    private final RunningHub hub = RunningHub.get();

    @Test
    void oneChildFromRequestToFinalPlanWithEveryClockOnItsHandWorkedDate() {
        HttpResponse<String> requested = hub.as(HERTS).post("/api/v1/councils/919/assessment-requests",
                request("2026-03-02", 2), key());
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        JsonNode journey = Plans.parse(requested.body());
        String caseId = journey.get("caseId").asText();
        assertThat(journey.get("status").asText()).isEqualTo("REQUESTED");
        assertClock(journey, "DECIDE_WHETHER_TO_ASSESS", "2026-04-13", "OPEN", "SEND Regulations 2014, reg 5(1)");
        assertClock(journey, "FINAL_PLAN", "2026-07-20", "OPEN", "SEND Regulations 2014, reg 13(2)");
        assertThat(clock(journey, "DECIDE_WHETHER_TO_ASSESS").get("overdue").asBoolean()).isTrue();
        assertThat(kinds(journey)).doesNotContain("DECIDE_NOT_TO_ISSUE");

        journey = step(caseId, "assessment-decision", "{\"outcome\":\"Y\",\"decidedOn\":\"2026-04-10\"}");
        assertThat(journey.get("status").asText()).isEqualTo("ASSESSING");
        assertClock(journey, "DECIDE_WHETHER_TO_ASSESS", "2026-04-13", "MET", "SEND Regulations 2014, reg 5(1)");
        assertThat(clock(journey, "DECIDE_WHETHER_TO_ASSESS").get("metOn").asText()).isEqualTo("2026-04-10");
        assertClock(journey, "DECIDE_NOT_TO_ISSUE", "2026-06-22", "OPEN", "SEND Regulations 2014, reg 10(1)");

        journey = step(caseId, "draft-plan", "{\"servedOn\":\"2026-06-15\"}");
        assertThat(journey.get("status").asText()).isEqualTo("DRAFT_SERVED");
        assertClock(journey, "DRAFT_REPRESENTATIONS", "2026-06-29", "OPEN", "SEND Regulations 2014, reg 13(1)");
        assertThat(clock(journey, "DRAFT_REPRESENTATIONS").get("waitingOn").get("role").asText())
                .isEqualTo("PARENT_OR_YOUNG_PERSON");
        assertClock(journey, "DECIDE_NOT_TO_ISSUE", "2026-06-22", "NOT_NEEDED", "SEND Regulations 2014, reg 10(1)");

        journey = step(caseId, "representations", "{\"receivedOn\":\"2026-06-26\"}");
        assertClock(journey, "DRAFT_REPRESENTATIONS", "2026-06-29", "MET", "SEND Regulations 2014, reg 13(1)");

        journey = step(caseId, "clock-exceptions", """
                {"clock": "FINAL_PLAN", "exception": "ABSENT_FROM_AREA",
                 "reason": "family away for five weeks in May and June"}""");
        JsonNode excepted = clock(journey, "FINAL_PLAN");
        assertThat(excepted.get("exception").asText()).isEqualTo("ABSENT_FROM_AREA");
        assertThat(excepted.get("exceptionSource").asText()).isEqualTo("SEND Regulations 2014, reg 13(3)(d)");
        assertThat(excepted.get("exceptionReason").asText()).isEqualTo("family away for five weeks in May and June");
        assertThat(excepted.get("due").asText()).as("an exception never moves the date").isEqualTo("2026-07-20");

        String planId = Plans.freshId();
        HttpResponse<String> submitted = hub.as(HERTS).put("/api/v1/plans/" + planId, Plans.golden(planId)
                .toString(), "submit-" + planId);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        journey = step(caseId, "final-plan", "{\"issuedOn\":\"2026-07-24\",\"planId\":\"" + planId + "\"}");
        assertThat(journey.get("status").asText()).isEqualTo("PLAN_MAINTAINED");
        assertThat(journey.get("planId").asText()).isEqualTo(planId);
        assertClock(journey, "FINAL_PLAN", "2026-07-20", "LATE", "SEND Regulations 2014, reg 13(2)");
        assertThat(clock(journey, "FINAL_PLAN").get("metOn").asText()).isEqualTo("2026-07-24");
        assertThat(clock(journey, "FINAL_PLAN").get("exception").asText()).isEqualTo("ABSENT_FROM_AREA");

        JsonNode read = Plans.parse(hub.as(HERTS).get(CASES + caseId + "/journey").body());
        assertThat(read.get("events").findValuesAsText("kind")).containsExactly("ASSESSMENT_REQUESTED",
                "DECIDED_TO_ASSESS", "DRAFT_PLAN_SERVED", "REPRESENTATIONS_RECEIVED", "FINAL_PLAN_ISSUED",
                "CLOCK_EXCEPTION_RECORDED");
        assertThat(read.get("events").findValuesAsText("occurredOn").subList(0, 5)).containsExactly("2026-03-02",
                "2026-04-10", "2026-06-15", "2026-06-26", "2026-07-24");
        assertThat(read.get("clocks")).allSatisfy(c -> assertThat(c.get("overdue").asBoolean()).isFalse());
        assertThat(Plans.parse(hub.as(HERTS).get("/api/v1/councils/919/clocks?within=260").body())
                .findValuesAsText("caseId")).as("nothing of this case is still due").doesNotContain(caseId);
    }

    @Test
    void aDecisionNotToAssessLeavesNoFinalPlanDue() {
        String caseId = openCase(hub);

        JsonNode journey = step(caseId, "assessment-decision", "{\"outcome\":\"N\",\"decidedOn\":\"2026-04-14\"}");

        assertThat(journey.get("status").asText()).isEqualTo("NOT_ASSESSED");
        assertClock(journey, "DECIDE_WHETHER_TO_ASSESS", "2026-04-13", "LATE", "SEND Regulations 2014, reg 5(1)");
        assertClock(journey, "FINAL_PLAN", "2026-07-20", "NOT_NEEDED", "SEND Regulations 2014, reg 13(2)");
    }

    /**
     * The family moves to Luton on Monday 4 May 2026, mid-assessment: Hertfordshire's case is exported with Luton's
     * code and its clocks are no longer its duty; Luton's clocks run from the day it became responsible (regs 5,
     * 10 and 13 run from a request "or" the council becoming responsible): decide by Monday 15 June (4 May + 42
     * days), final plan by Monday 21 September 2026 (4 May + 140 days).
     */
    @Test
    void anAssessmentInProgressIsExportedAndTheNewCouncilsClocksRunFromBecomingResponsible() {
        String caseId = assessingCase(hub);

        JsonNode exported = step(caseId, "export", "{\"toCouncil\":\"821\",\"movedOn\":\"2026-05-04\"}");

        assertThat(exported.get("status").asText()).isEqualTo("EXPORTED");
        assertThat(exported.get("events").findValuesAsText("party")).contains("821");
        assertClock(exported, "DECIDE_NOT_TO_ISSUE", "2026-06-22", "NOT_NEEDED", "SEND Regulations 2014, reg 10(1)");
        assertClock(exported, "FINAL_PLAN", "2026-07-20", "NOT_NEEDED", "SEND Regulations 2014, reg 13(2)");
        HttpResponse<String> luton = hub.as("821").post("/api/v1/councils/821/assessment-requests",
                request("2026-05-04", 1), key());
        assertThat(luton.statusCode()).as(luton.body()).isEqualTo(201);
        JsonNode restarted = Plans.parse(luton.body());
        assertClock(restarted, "DECIDE_WHETHER_TO_ASSESS", "2026-06-15", "OPEN", "SEND Regulations 2014, reg 5(1)");
        assertClock(restarted, "FINAL_PLAN", "2026-09-21", "OPEN", "SEND Regulations 2014, reg 13(2)");
    }

    @Test
    void theCouncilsListShowsAnOverdueDecisionAndAnotherCouncilCannotReadTheCase() {
        String caseId = openCase(hub);

        JsonNode due = Plans.parse(hub.as(HERTS).get("/api/v1/councils/919/clocks?kind=DECIDE_WHETHER_TO_ASSESS")
                .body());
        List<JsonNode> mine = new ArrayList<>();
        due.forEach(c -> {
            if (c.get("caseId").asText().equals(caseId)) {
                mine.add(c);
            }
        });
        assertThat(mine).singleElement().satisfies(c -> {
            assertThat(c.get("due").asText()).isEqualTo("2026-04-13");
            assertThat(c.get("overdue").asBoolean()).isTrue();
        });
        assertRefused(hub.as("821").get("/api/v1/councils/821/cases/" + caseId + "/journey"), 404, "caseId",
                "known-case");
        assertRefused(hub.as("821").get(CASES + caseId + "/journey"), 403, "council", "own-authority-only");
    }

    @Test
    void aPartnerListsWhatWaitsOnItAndTheSocialCareTeamSeesNoneOfTheCouncilsOwnClocks() {
        openCase(hub);

        HttpResponse<String> trust = hub.as(RunningHub.TRUST).get("/api/v1/parties/" + RunningHub.TRUST + "/clocks");
        assertThat(trust.statusCode()).as(trust.body()).isEqualTo(200);
        assertThat(Plans.parse(trust.body()).isArray()).isTrue();
        JsonNode socialCare = Plans.parse(hub.as(RunningHub.SOCIAL_CARE_919)
                .get("/api/v1/parties/919/clocks?within=260").body());
        assertThat(socialCare.findValuesAsText("role")).allSatisfy(role -> assertThat(role).isEqualTo("SOCIAL_CARE"));
        JsonNode council = Plans.parse(hub.as(HERTS).get("/api/v1/parties/919/clocks?within=260").body());
        assertThat(council.findValuesAsText("role")).as("the council's own clocks wait on its code")
                .contains("COUNCIL");
        assertRefused(hub.as(RunningHub.TRUST).get("/api/v1/parties/919/clocks"), 403, "party", "own-authority-only");
    }

    @Test
    void aResentRequestOpensOneCase() {
        String key = key();
        HttpResponse<String> first = hub.as(HERTS).post("/api/v1/councils/919/assessment-requests",
                request("2026-03-02", 1), key);
        HttpResponse<String> again = hub.as(HERTS).post("/api/v1/councils/919/assessment-requests",
                request("2026-03-02", 1), key);

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(Plans.parse(again.body()).get("caseId")).isEqualTo(Plans.parse(first.body()).get("caseId"));
    }

    @Test
    void aRequestReceivedInTheFutureIsRefused() {
        assertRefused(hub.as(HERTS).post("/api/v1/councils/919/assessment-requests", request("2099-01-05", 1), key()),
                422, "receivedOn", "not-in-future");
    }

    @Test
    void aRequestSourceOutsideSen2sCodesIsRefused() {
        assertRefused(hub.as(HERTS).post("/api/v1/councils/919/assessment-requests", request("2026-03-02", 9), key()),
                422, "requestSource", "sen2-request-source");
    }

    @Test
    void anOutcomeSen2DoesNotKnowIsRefused() {
        String caseId = openCase(hub);

        assertRefused(hub.as(HERTS).post(CASES + caseId + "/assessment-decision",
                "{\"outcome\":\"MAYBE\",\"decidedOn\":\"2026-04-10\"}", key()), 400, "outcome", "type-or-format");
    }

    @Test
    void aStepWithoutAnIdempotencyKeyIsRefused() {
        String caseId = openCase(hub);

        assertRefused(hub.as(HERTS).post(CASES + caseId + "/assessment-decision",
                "{\"outcome\":\"Y\",\"decidedOn\":\"2026-04-10\"}", null), 400, "Idempotency-Key", "required");
    }

    /** A case of Hertfordshire's, requested on 2 March 2026 (the matrix uses it too). */
    static String openCase(RunningHub hub) {
        HttpResponse<String> response = hub.as(HERTS).post("/api/v1/councils/919/assessment-requests",
                request("2026-03-02", 1), key());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Plans.parse(response.body()).get("caseId").asText();
    }

    /** A case the council has decided to assess (on 10 April 2026). */
    static String assessingCase(RunningHub hub) {
        String caseId = openCase(hub);
        assertThat(hub.as(HERTS).post(CASES + caseId + "/assessment-decision",
                "{\"outcome\":\"Y\",\"decidedOn\":\"2026-04-10\"}", key()).statusCode()).isEqualTo(200);
        return caseId;
    }

    /** A case whose draft plan was served on 15 June 2026 (the family's 15 days are over). */
    static String draftedCase(RunningHub hub) {
        String caseId = assessingCase(hub);
        assertThat(hub.as(HERTS).post(CASES + caseId + "/draft-plan", "{\"servedOn\":\"2026-06-15\"}", key())
                .statusCode()).isEqualTo(200);
        return caseId;
    }

    static String request(String receivedOn, int source) {
        return """
                {"receivedOn": "%s", "requestSource": %d, "child": %s}"""
                .formatted(receivedOn, source, Plans.golden("any").get("child"));
    }

    private JsonNode step(String caseId, String step, String body) {
        HttpResponse<String> response = hub.as(HERTS).post(CASES + caseId + "/" + step, body, key());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Plans.parse(response.body());
    }

    private static void assertClock(JsonNode journey, String kind, String due, String status, String source) {
        JsonNode clock = clock(journey, kind);
        assertThat(clock.get("due").asText()).as(kind + " due").isEqualTo(due);
        assertThat(clock.get("status").asText()).as(kind + " status").isEqualTo(status);
        assertThat(clock.get("source").asText()).as(kind + " source").isEqualTo(source);
        assertThat(clock.get("rule").asText()).as(kind + " rule").isNotBlank();
    }

    private static JsonNode clock(JsonNode journey, String kind) {
        for (JsonNode clock : journey.get("clocks")) {
            if (clock.get("kind").asText().equals(kind)) {
                return clock;
            }
        }
        throw new AssertionError("no " + kind + " clock in " + journey);
    }

    private static List<String> kinds(JsonNode journey) {
        return journey.get("clocks").findValuesAsText("kind");
    }

    private static String key() {
        return "journey-" + UUID.randomUUID();
    }
}
