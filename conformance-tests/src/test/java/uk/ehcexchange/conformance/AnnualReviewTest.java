package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.RunningHub.EPS_919;
import static uk.ehcexchange.conformance.RunningHub.SCHOOL_919;
import static uk.ehcexchange.conformance.RunningHub.SCHOOL_URN;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hertfordshire (919) takes a final plan through its annual review over the API, as each party would: it schedules
 * the meeting, asks its community trust (RY4) and its own social care team for advice, which they answer with their
 * own keys; it records the meeting, the report, its decision to amend, the proposed amendments, the family's
 * representations and the amended final plan (a new version of the plan). Then a phase-transfer review. Every clock
 * is checked against dates worked by hand below; only the advice answers carry today's date, the hub's own.
 *
 * <p>Hand-worked dates (calendar periods, never moved off weekends: s44, regs 18, 20, 22):
 * <pre>
 * plan first made           Mon 10 Mar 2025 -> first review by Mon 9 Mar 2026 (12 months beginning with it)
 * meeting                   Mon 16 Feb 2026 -> notice by Mon 2 Feb 2026 (2 weeks before), sent Mon 26 Jan: MET
 *                                             advice by Mon 2 Feb 2026 (2 weeks before); answered today: LATE
 *                                             report by Mon 2 Mar 2026 (2 weeks after); sent Fri 27 Feb: MET
 *                                             decision by Mon 16 Mar 2026 (4 weeks after); Fri 6 Mar: MET
 * decision (amend)          Fri 6 Mar 2026  -> annual review MET (by 9 Mar); next review by Fri 5 Mar 2027
 * amendments served         Fri 6 Mar 2026  -> representations until Fri 20 Mar (15 days beginning with it);
 *                                             received Wed 18 Mar: MET
 *                                             amended final plan by Fri 1 May 2026 (8 weeks); Fri 17 Apr: MET
 * phase transfer plan made  Mon 2 Jun 2025; primary to secondary in 2026: before 15 Feb 2026, so by Sat 14 Feb
 *                           (strict reading); amended plan issued Fri 13 Feb 2026: MET
 * </pre>
 */
class AnnualReviewTest {

    private static final String HERTS = "919";
    private final RunningHub hub = RunningHub.get();

    @Test
    void aFinalPlanThroughItsAnnualReviewWithAmendments() {
        String planId = plan(LocalDate.of(2025, 3, 10), null);
        JsonNode before = ok(hub.as(HERTS).get(reviewsOf(planId)), 200);
        assertThat(before.at("/nextReviewDue/dueOn").asText()).isEqualTo("2026-03-09");

        String schedule = """
                {"meetingOn": "2026-02-16", "invitedOn": "2026-01-26"}""";
        String key = "schedule-" + planId;
        JsonNode review = ok(hub.as(HERTS).post(reviewsOf(planId), schedule, key), 201);
        assertThat(ok(hub.as(HERTS).post(reviewsOf(planId), schedule, key), 201).get("reviewId"))
                .as("a resend with the same key gets the same review").isEqualTo(review.get("reviewId"));
        String reviewId = review.get("reviewId").asText();
        assertThat(review.at("/due/dueOn").asText()).isEqualTo("2026-03-09");

        String health = askFor(reviewId, "HEALTH", TRUST);
        String socialCare = askFor(reviewId, "SOCIAL_CARE", HERTS);
        assertThat(ok(hub.as(TRUST).get("/api/v1/review-advice-requests"), 200).findValuesAsText("requestId"))
                .contains(health).doesNotContain(socialCare);
        ok(hub.as(TRUST).post("/api/v1/review-advice-requests/" + health + "/answer",
                "{\"advice\": \"Weekly speech and language therapy continues to be needed.\"}", "rY4-" + health), 200);
        ok(hub.as(RunningHub.SOCIAL_CARE_919).post("/api/v1/review-advice-requests/" + socialCare + "/answer",
                "{\"advice\": \"Short breaks continue; no change to section H1.\"}", "sc-" + socialCare), 200);

        step(reviewId, "{\"step\": \"MEETING_HELD\", \"on\": \"2026-02-16\"}");
        step(reviewId, "{\"step\": \"REPORT_SENT\", \"on\": \"2026-02-27\"}");
        HttpResponse<String> noReason = hub.as(HERTS).post(stepsOf(reviewId),
                "{\"step\": \"DECISION\", \"on\": \"2026-03-06\", \"outcome\": \"CEASE\"}", "cease-" + reviewId);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(Plans.parse(noReason.body()).at("/errors/0/rule").asText()).isEqualTo("sen2-cease-reason");
        step(reviewId, "{\"step\": \"DECISION\", \"on\": \"2026-03-06\", \"outcome\": \"AMEND\"}");
        step(reviewId, "{\"step\": \"AMENDMENTS_SERVED\", \"on\": \"2026-03-06\"}");
        step(reviewId, "{\"step\": \"REPRESENTATIONS_RECEIVED\", \"on\": \"2026-03-18\"}");
        int version = amend(planId, LocalDate.of(2025, 3, 10), LocalDate.of(2026, 3, 6));
        JsonNode done = step(reviewId, "{\"step\": \"AMENDED_FINAL_PLAN\", \"on\": \"2026-04-17\", \"planVersion\": "
                + version + "}");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertClock(done, "ANNUAL_REVIEW", "review-1", "2026-03-09", "MET", "2026-03-06");
        assertClock(done, "REVIEW_MEETING_NOTICE", reviewId, "2026-02-02", "MET", "2026-01-26");
        assertClock(done, "REVIEW_ADVICE", health, "2026-02-02", "LATE", today.toString());
        assertClock(done, "REVIEW_ADVICE", socialCare, "2026-02-02", "LATE", today.toString());
        assertClock(done, "REVIEW_REPORT", reviewId, "2026-03-02", "MET", "2026-02-27");
        assertClock(done, "REVIEW_DECISION", reviewId, "2026-03-16", "MET", "2026-03-06");
        assertClock(done, "AMENDMENT_REPRESENTATIONS", reviewId, "2026-03-20", "MET", "2026-03-18");
        assertClock(done, "AMENDED_FINAL_PLAN", reviewId, "2026-05-01", "MET", "2026-04-17");
        assertThat(done.get("status").asText()).isEqualTo("AMENDED_PLAN_ISSUED");
        assertThat(done.get("amendedPlanVersion").asInt()).isEqualTo(version);
        assertThat(done.at("/sen2/reviewMeeting").asText()).isEqualTo("2026-02-16");
        assertThat(done.at("/sen2/lastReview").asText()).isEqualTo("2026-03-06");
        assertThat(done.at("/sen2/reviewOutcome").asText()).isEqualTo("A");
        assertThat(done.at("/sen2/reviewDraft").asText()).isEqualTo("2026-03-06");

        JsonNode after = ok(hub.as(HERTS).get(reviewsOf(planId)), 200);
        assertThat(after.at("/nextReviewDue/dueOn").asText()).isEqualTo("2027-03-05");
        JsonNode journey = ok(hub.as(HERTS).get("/api/v1/councils/" + HERTS + "/cases/"
                + done.get("caseId").asText() + "/journey"), 200);
        assertThat(journey.get("clocks")).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("ANNUAL_REVIEW");
            assertThat(c.get("ref").asText()).isEqualTo("review-2");
            assertThat(c.get("due").asText()).isEqualTo("2027-03-05");
            assertThat(c.get("status").asText()).isEqualTo("OPEN");
        });
        assertThat(journey.get("events").findValuesAsText("kind")).contains("REVIEW_SCHEDULED",
                "REVIEW_ADVICE_ANSWERED", "REVIEW_DECIDED", "REVIEW_AMENDED_FINAL_PLAN");
    }

    @Test
    void aPhaseTransferReviewAgainstReg18sFixedDate() {
        String planId = plan(LocalDate.of(2025, 6, 2), null);
        JsonNode review = ok(hub.as(HERTS).post(reviewsOf(planId), """
                {"kind": "PHASE_TRANSFER", "phaseTransfer": "PRIMARY_TO_SECONDARY", "transferYear": 2026,
                 "meetingOn": "2026-01-12", "invitedOn": "2025-12-01"}""", "phase-" + planId), 201);
        String reviewId = review.get("reviewId").asText();
        assertThat(review.get("kind").asText()).isEqualTo("PHASE_TRANSFER");
        assertThat(review.at("/phaseTransferDue/dueOn").asText()).isEqualTo("2026-02-14");

        step(reviewId, "{\"step\": \"MEETING_HELD\", \"on\": \"2026-01-12\"}");
        step(reviewId, "{\"step\": \"REPORT_SENT\", \"on\": \"2026-01-20\"}");
        step(reviewId, "{\"step\": \"DECISION\", \"on\": \"2026-01-23\", \"outcome\": \"AMEND\"}");
        step(reviewId, "{\"step\": \"AMENDMENTS_SERVED\", \"on\": \"2026-01-23\"}");
        int version = amend(planId, LocalDate.of(2025, 6, 2), LocalDate.of(2026, 1, 23));
        JsonNode done = step(reviewId, "{\"step\": \"AMENDED_FINAL_PLAN\", \"on\": \"2026-02-13\", \"planVersion\": "
                + version + "}");

        // Made 2 June 2025: the s44 review was due by 1 June 2026; decided 23 January.
        assertClock(done, "ANNUAL_REVIEW", "review-1", "2026-06-01", "MET", "2026-01-23");
        assertClock(done, "REVIEW_MEETING_NOTICE", reviewId, "2025-12-29", "MET", "2025-12-01");
        assertClock(done, "REVIEW_REPORT", reviewId, "2026-01-26", "MET", "2026-01-20");
        assertClock(done, "REVIEW_DECISION", reviewId, "2026-02-09", "MET", "2026-01-23");
        assertClock(done, "AMENDED_FINAL_PLAN", reviewId, "2026-03-20", "MET", "2026-02-13");
        assertClock(done, "PHASE_TRANSFER", reviewId, "2026-02-14", "MET", "2026-02-13");
        // No representations arrived within 15 days beginning with 23 January (until 6 February).
        assertClock(done, "AMENDMENT_REPRESENTATIONS", reviewId, "2026-02-06", "NOT_NEEDED", null);
        assertThat(done.at("/sen2/phaseTransferDueDate").asText()).isEqualTo("2026-02-14");
        assertThat(done.at("/sen2/phaseTransferFinalDate").asText()).isEqualTo("2026-02-13");
    }

    @Test
    void aMoveMidReviewEndsTheOldCouncilsReviewAndStartsTheNewCouncilsReg155Clock() {
        String planId = plan(LocalDate.of(2025, 3, 10), null);
        JsonNode review = ok(hub.as(HERTS).post(reviewsOf(planId), """
                {"meetingOn": "2026-02-16", "invitedOn": "2026-01-26"}""", "moving-" + planId), 201);
        String reviewId = review.get("reviewId").asText();
        step(reviewId, "{\"step\": \"MEETING_HELD\", \"on\": \"2026-02-16\"}");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String transferId = ok(hub.as(HERTS).post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "821", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, today, today.minusDays(40)), "move-" + planId), 202).get("transferId").asText();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                hub.as("821").get("/api/v1/councils/821/inbox/" + transferId).statusCode() == 200);

        JsonNode ended = ok(hub.as(HERTS).get("/api/v1/councils/" + HERTS + "/reviews/" + reviewId), 200);
        for (String kind : new String[] {"REVIEW_REPORT", "REVIEW_DECISION"}) {
            assertClock(ended, kind, reviewId, kind.equals("REVIEW_REPORT") ? "2026-03-02" : "2026-03-16",
                    "NOT_NEEDED", null);
        }
        assertClock(ended, "ANNUAL_REVIEW", "review-1", "2026-03-09", "NOT_NEEDED", null);
        // Reg 15(5): the later of 12 months beginning with 10 March 2025 (ended 9 March 2026) and 3 months beginning
        // with the transfer (today): the day before today's date three months on, or that month's last day.
        LocalDate threeMonths = today.plusMonths(3);
        LocalDate expected = threeMonths.getDayOfMonth() == today.getDayOfMonth() ? threeMonths.minusDays(1)
                : threeMonths;
        JsonNode luton = ok(hub.as("821").get("/api/v1/councils/821/plans/" + planId + "/reviews"), 200);
        assertThat(luton.at("/nextReviewDue/dueOn").asText()).isEqualTo(expected.toString());
        assertThat(luton.at("/nextReviewDue/source").asText()).isEqualTo("SEND Regulations 2014, reg 15(5)(b)");
        assertThat(ok(hub.as("821").get("/api/v1/councils/821/clocks?within=100&kind=ANNUAL_REVIEW"), 200)
                .findValuesAsText("due")).contains(expected.toString());
    }

    @Test
    void aSchoolAnswersTheReviewAdviceAskedOfItsUrnAndItsClockWaitsOnIt() {
        String reviewId = scheduledReview();
        String asked = askSchool(reviewId, SCHOOL_URN);

        assertThat(ok(hub.as(SCHOOL_919).get("/api/v1/review-advice-requests"), 200).findValuesAsText("requestId"))
                .contains(asked);
        assertThat(ok(hub.as(SCHOOL_919).get("/api/v1/parties/" + SCHOOL_URN + "/clocks?within=0"), 200)
                .findValuesAsText("ref")).contains(asked);
        ok(hub.as(SCHOOL_919).post("/api/v1/review-advice-requests/" + asked + "/answer",
                "{\"advice\": \"Reading has improved; help at lunchtimes is still needed.\"}", "answer-" + asked), 200);
        JsonNode review = ok(hub.as(HERTS).get("/api/v1/councils/" + HERTS + "/reviews/" + reviewId), 200);
        assertThat(review.get("clocks")).anySatisfy(c -> {
            assertThat(c.get("ref").asText()).isEqualTo(asked);
            assertThat(c.at("/waitingOn/role").asText()).isEqualTo("SCHOOL");
            assertThat(c.at("/waitingOn/code").asText()).isEqualTo(SCHOOL_URN);
            assertThat(c.get("status").asText()).isEqualTo("LATE");
        });
    }

    @Test
    void anotherSchoolsReviewAdviceRequestIsNotFoundForASchool() {
        String asked = askSchool(scheduledReview(), "117343");

        assertThat(ok(hub.as(SCHOOL_919).get("/api/v1/review-advice-requests"), 200).findValuesAsText("requestId"))
                .doesNotContain(asked);
        assertProblem(hub.as(SCHOOL_919).get("/api/v1/review-advice-requests/" + asked), 404, "known-request");
        assertProblem(hub.as(SCHOOL_919).post("/api/v1/review-advice-requests/" + asked + "/answer",
                "{\"advice\": \"Not ours.\"}", "answer-" + asked), 404, "known-request");
    }

    @Test
    void anEducationalPsychologyServiceIsNotAskedForReviewAdvice() {
        String asked = askSchool(scheduledReview(), SCHOOL_URN);

        assertProblem(hub.as(EPS_919).get("/api/v1/review-advice-requests/" + asked), 403, "not-permitted-for-role");
        assertProblem(hub.as(EPS_919).post("/api/v1/review-advice-requests/" + asked + "/answer",
                "{\"advice\": \"Not ours.\"}", "answer-eps-" + asked), 403, "not-permitted-for-role");
    }

    private String scheduledReview() {
        String planId = plan(LocalDate.of(2025, 3, 10), null);
        return ok(hub.as(HERTS).post(reviewsOf(planId), """
                {"meetingOn": "2026-02-16", "invitedOn": "2026-01-26"}""", "schedule-" + planId), 201)
                .get("reviewId").asText();
    }

    private String askSchool(String reviewId, String urn) {
        return ok(hub.as(HERTS).post("/api/v1/councils/" + HERTS + "/reviews/" + reviewId + "/advice-requests",
                "{\"adviser\": \"SCHOOL\", \"party\": \"919\", \"establishment\": \"" + urn
                        + "\", \"requestedOn\": \"2026-01-26\"}", "ask-" + UUID.randomUUID()), 201)
                .get("requestId").asText();
    }

    /** A refusal: its status, and the rule (or problem code) it names somewhere in the problem document. */
    private static void assertProblem(HttpResponse<String> response, int status, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(rule);
    }

    private String plan(LocalDate issued, LocalDate lastReviewed) {
        String planId = Plans.freshId();
        ok(hub.as(HERTS).put("/api/v1/plans/" + planId, planDocument(planId, issued, lastReviewed).toString(),
                "plan-" + planId), 201);
        return planId;
    }

    /** Stores the amended final plan as the plan's next version and returns it. */
    private int amend(String planId, LocalDate issued, LocalDate reviewed) {
        return ok(hub.as(HERTS).put("/api/v1/plans/" + planId, planDocument(planId, issued, reviewed).toString(),
                "amended-" + planId), 200).get("version").asInt();
    }

    private static ObjectNode planDocument(String planId, LocalDate issued, LocalDate lastReviewed) {
        ObjectNode plan = Plans.golden(planId);
        ObjectNode dates = plan.putObject("dates");
        dates.put("requestReceived", issued.minusWeeks(20).toString());
        dates.put("issued", issued.toString());
        if (lastReviewed != null) {
            dates.put("lastReviewed", lastReviewed.toString());
        }
        return plan;
    }

    private String askFor(String reviewId, String adviser, String party) {
        return ok(hub.as(HERTS).post("/api/v1/councils/" + HERTS + "/reviews/" + reviewId + "/advice-requests",
                "{\"adviser\": \"" + adviser + "\", \"party\": \"" + party + "\", \"requestedOn\": \"2026-01-26\"}",
                "ask-" + UUID.randomUUID()), 201).get("requestId").asText();
    }

    private JsonNode step(String reviewId, String body) {
        return ok(hub.as(HERTS).post(stepsOf(reviewId), body, "step-" + UUID.randomUUID()), 200);
    }

    private static String reviewsOf(String planId) {
        return "/api/v1/councils/" + HERTS + "/plans/" + planId + "/reviews";
    }

    private static String stepsOf(String reviewId) {
        return "/api/v1/councils/" + HERTS + "/reviews/" + reviewId + "/steps";
    }

    private static void assertClock(JsonNode review, String kind, String ref, String due, String status,
                                    String metOn) {
        assertThat(review.get("clocks")).as(kind + " " + ref).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo(kind);
            assertThat(c.get("ref").asText()).isEqualTo(ref);
            assertThat(c.get("due").asText()).isEqualTo(due);
            assertThat(c.get("status").asText()).isEqualTo(status);
            assertThat(c.path("metOn").isMissingNode() || c.get("metOn").isNull() ? null : c.get("metOn").asText())
                    .isEqualTo(metOn);
        });
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Plans.parse(response.body());
    }
}
