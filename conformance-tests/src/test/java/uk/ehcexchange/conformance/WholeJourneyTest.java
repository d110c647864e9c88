package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.RunningHub.EPS_919;
import static uk.ehcexchange.conformance.RunningHub.SCHOOL_919;
import static uk.ehcexchange.conformance.RunningHub.SCHOOL_URN;
import static uk.ehcexchange.conformance.RunningHub.SOCIAL_CARE_919;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.CouncilXmlMapper;
import uk.ehcexchange.conformance.soapclient.SubmitSocialCareAssessmentRequest;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.CanonicalJson;

/**
 * One child's whole statutory journey through the hub, each party calling over its own door with its own key:
 * Hertfordshire (919) records the request and its decision to assess, asks for advice of every kind reg 6(1) names
 * (its school, educational psychology service and social care team, its community trust RY4 over FHIR, the family's
 * views, a qualified teacher of the visually impaired), serves the draft, hears the family and issues the final plan;
 * a year on it holds the first annual review (meeting, review advice, report, decision to amend, amendments, the
 * family's representations), and before the amended plan is issued the family moves to Luton (821): the plan goes by
 * the transfer API, Hertfordshire's review clocks fall away and Luton's review is due under reg 15(5).
 *
 * <p>Every clock is checked against the dates worked by hand below, never against the hub's own library. The dates
 * are fixed and in the past (2025 and 2026); only two things carry the day the test runs, because the hub dates them
 * itself: an advice answer (the day the hub received it, so every advice clock here is LATE) and the transfer (the
 * day the plan is delivered to Luton).
 *
 * <h2>The hand-worked dates</h2>
 * Weeks are calendar weeks and no date is moved off a weekend or bank holiday (regs 5, 8, 10, 13, 20, 22 and s44
 * count weeks or months, not working days). "Within N weeks of" a day does not count that day; "at least 15 days
 * beginning with" a day counts it as day 1; "12 months beginning with" 21 November 2025 ends on 20 November 2026.
 * <pre>
 * ASSESSMENT (case opened by the request)
 * request received            Mon  7 Jul 2025 (SEN2 2.2 source 1: parent)
 * DECIDE_WHETHER_TO_ASSESS    7 Jul + 42 days  = Mon 18 Aug 2025  (reg 5(1));  decided Fri 15 Aug 2025: MET
 * DECIDE_NOT_TO_ISSUE         7 Jul + 112 days = Mon 27 Oct 2025  (reg 10(1)); draft served instead: NOT_NEEDED
 * FINAL_PLAN                  7 Jul + 140 days = Mon 24 Nov 2025  (reg 13(2)); issued Fri 21 Nov 2025: MET
 * ADVICE x 6                  asked Mon 18 Aug 2025 + 42 days = Mon 29 Sep 2025 (reg 8(1));
 *                             answered on the day the test runs (after 29 Sep 2025): LATE, metOn = today
 * DRAFT_REPRESENTATIONS       served Mon 20 Oct 2025, day 15 = 20 Oct + 14 = Mon 3 Nov 2025 (reg 13(1));
 *                             representations Thu 30 Oct 2025: MET
 *
 * FIRST ANNUAL REVIEW (plan made Fri 21 Nov 2025)
 * ANNUAL_REVIEW review-1      12 months beginning with 21 Nov 2025 = Fri 20 Nov 2026 (s44(1)); decided
 *                             Tue 17 Nov 2026: MET
 * meeting                     Mon 2 Nov 2026, invitations sent Mon 5 Oct 2026
 * REVIEW_MEETING_NOTICE       2 Nov - 14 days = Mon 19 Oct 2026 (reg 20(3)); invited 5 Oct: MET
 * REVIEW_ADVICE x 3           2 Nov - 14 days = Mon 19 Oct 2026 (reg 20(4)); answered today: LATE
 * REVIEW_REPORT               2 Nov + 14 days = Mon 16 Nov 2026 (reg 20(7)); sent Fri 13 Nov: MET
 * REVIEW_DECISION             2 Nov + 28 days = Mon 30 Nov 2026 (reg 20(10)); decided (AMEND) Tue 17 Nov: MET
 * AMENDMENT_REPRESENTATIONS   served Tue 17 Nov 2026, day 15 = 17 Nov + 14 = Tue 1 Dec 2026 (reg 22(2)(c));
 *                             representations Fri 27 Nov 2026: MET
 * AMENDED_FINAL_PLAN          17 Nov + 56 days = Tue 12 Jan 2027 (reg 22(3)); the family moves first: NOT_NEEDED
 * ANNUAL_REVIEW review-2      12 months beginning with the decision, 17 Nov 2026 = Tue 16 Nov 2027 (s44(1)(b));
 *                             the family moves: NOT_NEEDED at Hertfordshire
 *
 * THE MOVE (transfer date = the day the plan is delivered to Luton, the day the test runs)
 * Luton's first review        reg 15(5): the later of (a) 12 months beginning with the last review, 17 Nov 2026,
 *                             = Tue 16 Nov 2027, and (b) 3 months beginning with the transfer date. The last review
 *                             is the decision the hub recorded: the stored plan still says only "issued 21 Nov 2025"
 *                             (which would give 20 Nov 2026, earlier than (b)). For any run
 *                             before 16 Aug 2027, (a) is later: Tue 16 Nov 2027. (A later run works (b) out from
 *                             its own date, as the hand would.)
 * </pre>
 */
class WholeJourneyTest {

    private static final String HERTS = "919";
    private static final String LUTON = "821";
    private static final String CASES = "/api/v1/councils/919/cases/";
    private static final LocalDate ADVICE_ASKED = LocalDate.of(2025, 8, 18);

    private final RunningHub hub = RunningHub.get();
    private final SoapClients soap = new SoapClients(hub);

    @Test
    void oneChildFromRequestThroughEveryKindOfAdviceAFinalPlanAndItsFirstReviewToANewCouncil() throws Exception {
        // --- the request and the decision to assess (the council's case system) ---
        HttpResponse<String> requested = hub.as(HERTS).post("/api/v1/councils/919/assessment-requests",
                AssessmentJourneyTest.request("2025-07-07", 1), key());
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        String caseId = Plans.parse(requested.body()).get("caseId").asText();
        JsonNode journey = step(caseId, "assessment-decision", "{\"outcome\":\"Y\",\"decidedOn\":\"2025-08-15\"}");
        assertClock(journey, "DECIDE_WHETHER_TO_ASSESS", null, "2025-08-18", "MET", "2025-08-15", "COUNCIL", "919");
        assertClock(journey, "DECIDE_NOT_TO_ISSUE", null, "2025-10-27", "OPEN", null, "COUNCIL", "919");

        // --- advice of every kind, asked on 18 August 2025, each answered by its party over its own door ---
        Map<String, String> asked = new LinkedHashMap<>();
        asked.put("EDUCATIONAL", ask(caseId, "EDUCATIONAL", HERTS, SCHOOL_URN));
        asked.put("PSYCHOLOGICAL", ask(caseId, "PSYCHOLOGICAL", HERTS, null));
        asked.put("SOCIAL_CARE", ask(caseId, "SOCIAL_CARE", HERTS, null));
        asked.put("MEDICAL", ask(caseId, "MEDICAL", TRUST, null));
        asked.put("PARENT_OR_YOUNG_PERSON", ask(caseId, "PARENT_OR_YOUNG_PERSON", HERTS, null));
        asked.put("SENSORY_IMPAIRMENT", ask(caseId, "SENSORY_IMPAIRMENT", HERTS, null));

        // the school, which sees only what is asked of it, in canonical JSON
        assertThat(hub.as(SCHOOL_919).get("/api/v1/councils/919/advice-requests").body())
                .contains(asked.get("EDUCATIONAL")).doesNotContain(asked.get("PSYCHOLOGICAL"), asked.get("MEDICAL"));
        created(hub.as(SCHOOL_919).post("/api/v1/advice-requests/" + asked.get("EDUCATIONAL") + "/advice",
                MatrixFixtures.adviceDocument(asked.get("EDUCATIONAL"), "EDUCATIONAL").toString(), key()));
        // the educational psychology service, in council XML over REST
        created(hub.as(EPS_919).send("POST", "/api/v1/advice-requests/" + asked.get("PSYCHOLOGICAL") + "/advice",
                "application/xml", councilXml(MatrixFixtures.adviceDocument(asked.get("PSYCHOLOGICAL"),
                        "PSYCHOLOGICAL")), key()));
        // the social care team, over SOAP
        SubmitSocialCareAssessmentRequest assessment = new SubmitSocialCareAssessmentRequest();
        assessment.setMessageId(key());
        assessment.setRequestId(asked.get("SOCIAL_CARE"));
        assessment.setSocialCareAssessment(SoapSocialCareAndPlacementTest.clientAssessment(
                SoapSocialCareAndPlacementTest.assessment(asked.get("SOCIAL_CARE"))));
        soap.port(SOCIAL_CARE_919).submitSocialCareAssessment(assessment);
        // the community trust, as a FHIR document
        new TrustSystem(hub, TRUST).client().create()
                .resource(AdviceBundles.document(AdviceBundles.advice(asked.get("MEDICAL")))).execute();
        // the council's own system records the family's views, and its sensory impairment team's advice
        created(hub.as(HERTS).post("/api/v1/advice-requests/" + asked.get("PARENT_OR_YOUNG_PERSON") + "/advice",
                MatrixFixtures.adviceDocument(asked.get("PARENT_OR_YOUNG_PERSON"), "PARENT_OR_YOUNG_PERSON")
                        .toString(), key()));
        created(hub.as(HERTS).post("/api/v1/advice-requests/" + asked.get("SENSORY_IMPAIRMENT") + "/advice",
                MatrixFixtures.adviceDocument(asked.get("SENSORY_IMPAIRMENT"), "SENSORY_IMPAIRMENT").toString(),
                key()));

        // --- draft, representations, final plan ---
        journey = step(caseId, "draft-plan", "{\"servedOn\":\"2025-10-20\"}");
        assertClock(journey, "DECIDE_NOT_TO_ISSUE", null, "2025-10-27", "NOT_NEEDED", null, "COUNCIL", "919");
        assertClock(journey, "DRAFT_REPRESENTATIONS", null, "2025-11-03", "OPEN", null, "PARENT_OR_YOUNG_PERSON",
                null);
        step(caseId, "representations", "{\"receivedOn\":\"2025-10-30\"}");
        String planId = Plans.freshId();
        created(hub.as(HERTS).put("/api/v1/plans/" + planId, plan(planId).toString(), key()));
        journey = step(caseId, "final-plan", "{\"issuedOn\":\"2025-11-21\",\"planId\":\"" + planId + "\"}");

        String today = SoapFixtures.today().toString();
        assertThat(journey.get("status").asText()).isEqualTo("PLAN_MAINTAINED");
        assertClock(journey, "DECIDE_WHETHER_TO_ASSESS", null, "2025-08-18", "MET", "2025-08-15", "COUNCIL", "919");
        assertClock(journey, "DECIDE_NOT_TO_ISSUE", null, "2025-10-27", "NOT_NEEDED", null, "COUNCIL", "919");
        assertClock(journey, "DRAFT_REPRESENTATIONS", null, "2025-11-03", "MET", "2025-10-30",
                "PARENT_OR_YOUNG_PERSON", null);
        assertClock(journey, "FINAL_PLAN", null, "2025-11-24", "MET", "2025-11-21", "COUNCIL", "919");
        assertClock(journey, "ADVICE", asked.get("EDUCATIONAL"), "2025-09-29", "LATE", today, "SCHOOL", SCHOOL_URN);
        assertClock(journey, "ADVICE", asked.get("PSYCHOLOGICAL"), "2025-09-29", "LATE", today,
                "EDUCATIONAL_PSYCHOLOGY", HERTS);
        assertClock(journey, "ADVICE", asked.get("SOCIAL_CARE"), "2025-09-29", "LATE", today, "SOCIAL_CARE", HERTS);
        assertClock(journey, "ADVICE", asked.get("MEDICAL"), "2025-09-29", "LATE", today, "HEALTH", TRUST);
        assertClock(journey, "ADVICE", asked.get("PARENT_OR_YOUNG_PERSON"), "2025-09-29", "LATE", today,
                "PARENT_OR_YOUNG_PERSON", null);
        assertClock(journey, "ADVICE", asked.get("SENSORY_IMPAIRMENT"), "2025-09-29", "LATE", today,
                "OTHER_ADVISER", HERTS);
        for (Map.Entry<String, String> request : asked.entrySet()) {
            JsonNode read = ok(hub.as(HERTS).get("/api/v1/advice-requests/" + request.getValue()), 200);
            assertThat(read.get("status").asText()).as(request.getKey()).isEqualTo("COMPLETED");
            assertThat(read.get("dueOn").asText()).as(request.getKey()).isEqualTo("2025-09-29");
        }

        // --- the first annual review ---
        String reviews = "/api/v1/councils/919/plans/" + planId + "/reviews";
        assertThat(ok(hub.as(HERTS).get(reviews), 200).at("/nextReviewDue/dueOn").asText()).isEqualTo("2026-11-20");
        JsonNode review = ok(hub.as(HERTS).post(reviews, """
                {"meetingOn": "2026-11-02", "invitedOn": "2026-10-05"}""", key()), 201);
        String reviewId = review.get("reviewId").asText();
        String schoolAdvice = askForReview(reviewId, "SCHOOL", HERTS, SCHOOL_URN);
        String healthAdvice = askForReview(reviewId, "HEALTH", TRUST, null);
        String socialCareAdvice = askForReview(reviewId, "SOCIAL_CARE", HERTS, null);
        ok(hub.as(TRUST).post("/api/v1/review-advice-requests/" + healthAdvice + "/answer",
                "{\"advice\": \"Weekly speech and language therapy continues to be needed.\"}", key()), 200);
        ok(hub.as(SOCIAL_CARE_919).post("/api/v1/review-advice-requests/" + socialCareAdvice + "/answer",
                "{\"advice\": \"Short breaks continue; no change to section H1.\"}", key()), 200);
        // The school, asked by its council and URN, sees only what is asked of it and answers with its own key.
        assertThat(ok(hub.as(SCHOOL_919).get("/api/v1/review-advice-requests"), 200).findValuesAsText("requestId"))
                .containsExactly(schoolAdvice);
        ok(hub.as(SCHOOL_919).post("/api/v1/review-advice-requests/" + schoolAdvice + "/answer",
                "{\"advice\": \"Theo has made good progress in reading; he needs help at unstructured times.\"}",
                key()), 200);
        reviewStep(reviewId, "{\"step\": \"MEETING_HELD\", \"on\": \"2026-11-02\"}");
        reviewStep(reviewId, "{\"step\": \"REPORT_SENT\", \"on\": \"2026-11-13\"}");
        reviewStep(reviewId, "{\"step\": \"DECISION\", \"on\": \"2026-11-17\", \"outcome\": \"AMEND\"}");
        reviewStep(reviewId, "{\"step\": \"AMENDMENTS_SERVED\", \"on\": \"2026-11-17\"}");
        review = reviewStep(reviewId, "{\"step\": \"REPRESENTATIONS_RECEIVED\", \"on\": \"2026-11-27\"}");
        assertClock(review, "ANNUAL_REVIEW", "review-1", "2026-11-20", "MET", "2026-11-17", "COUNCIL", "919");
        assertClock(review, "REVIEW_MEETING_NOTICE", reviewId, "2026-10-19", "MET", "2026-10-05", "COUNCIL", "919");
        assertClock(review, "REVIEW_ADVICE", schoolAdvice, "2026-10-19", "LATE", today, "SCHOOL", SCHOOL_URN);
        assertClock(review, "REVIEW_ADVICE", healthAdvice, "2026-10-19", "LATE", today, "HEALTH", TRUST);
        assertClock(review, "REVIEW_ADVICE", socialCareAdvice, "2026-10-19", "LATE", today, "SOCIAL_CARE", HERTS);
        assertClock(review, "REVIEW_REPORT", reviewId, "2026-11-16", "MET", "2026-11-13", "COUNCIL", "919");
        assertClock(review, "REVIEW_DECISION", reviewId, "2026-11-30", "MET", "2026-11-17", "COUNCIL", "919");
        assertClock(review, "AMENDMENT_REPRESENTATIONS", reviewId, "2026-12-01", "MET", "2026-11-27",
                "PARENT_OR_YOUNG_PERSON", null);
        assertClock(review, "AMENDED_FINAL_PLAN", reviewId, "2027-01-12", "OPEN", null, "COUNCIL", "919");
        assertThat(ok(hub.as(HERTS).get(reviews), 200).at("/nextReviewDue/dueOn").asText()).isEqualTo("2027-11-16");

        // --- the family moves to Luton before the amended plan is issued ---
        // The plan as stored still says only when it was made: reg 15(5) counts from the decision the hub recorded.
        LocalDate moved = SoapFixtures.today();
        String transferId = ok(hub.as(HERTS).post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "821", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, moved, moved.minusDays(35)), key()), 202).get("transferId").asText();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                hub.as(LUTON).get("/api/v1/councils/821/inbox/" + transferId).statusCode() == 200);

        JsonNode ended = ok(hub.as(HERTS).get("/api/v1/councils/919/reviews/" + reviewId), 200);
        assertClock(ended, "AMENDED_FINAL_PLAN", reviewId, "2027-01-12", "NOT_NEEDED", null, "COUNCIL", "919");
        assertClock(ended, "AMENDMENT_REPRESENTATIONS", reviewId, "2026-12-01", "MET", "2026-11-27",
                "PARENT_OR_YOUNG_PERSON", null);
        assertClock(ended, "ANNUAL_REVIEW", "review-1", "2026-11-20", "MET", "2026-11-17", "COUNCIL", "919");
        journey = ok(hub.as(HERTS).get(CASES + caseId + "/journey"), 200);
        assertClock(journey, "ANNUAL_REVIEW", "review-2", "2027-11-16", "NOT_NEEDED", null, "COUNCIL", "919");
        assertThat(journey.get("clocks")).as("nothing is left open at Hertfordshire")
                .noneSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("OPEN"));
        List<String> events = journey.get("events").findValuesAsText("kind");
        assertThat(events).startsWith("ASSESSMENT_REQUESTED", "DECIDED_TO_ASSESS")
                .contains("ADVICE_REQUESTED", "ADVICE_GIVEN", "DRAFT_PLAN_SERVED", "REPRESENTATIONS_RECEIVED",
                        "FINAL_PLAN_ISSUED", "REVIEW_SCHEDULED", "REVIEW_ADVICE_ANSWERED", "REVIEW_DECIDED",
                        "REVIEW_ENDED_BY_TRANSFER");
        assertThat(journey.get("events").findValuesAsText("occurredOn")).as("oldest first").isSorted();

        // Luton's first review: reg 15(5), the later of 16 Nov 2027 (a) and 3 months beginning with the transfer (b).
        LocalDate threeMonths = moved.plusMonths(3);
        LocalDate byTransfer = threeMonths.getDayOfMonth() == moved.getDayOfMonth() ? threeMonths.minusDays(1)
                : threeMonths;
        LocalDate byLastReview = LocalDate.of(2027, 11, 16);
        boolean lastReviewLater = !byTransfer.isAfter(byLastReview);
        String expected = (lastReviewLater ? byLastReview : byTransfer).toString();
        JsonNode luton = ok(hub.as(LUTON).get("/api/v1/councils/821/plans/" + planId + "/reviews"), 200);
        assertThat(luton.at("/nextReviewDue/dueOn").asText()).isEqualTo(expected);
        assertThat(luton.at("/nextReviewDue/source").asText())
                .isEqualTo("SEND Regulations 2014, reg 15(5)(" + (lastReviewLater ? "a" : "b") + ")");
        JsonNode lutonDue = ok(hub.as(LUTON).get("/api/v1/councils/821/clocks?within=260&kind=ANNUAL_REVIEW"), 200);
        List<JsonNode> ours = new ArrayList<>();
        lutonDue.forEach(c -> {
            if (c.toString().contains(planId) || c.get("due").asText().equals(expected)) {
                ours.add(c);
            }
        });
        assertThat(ours).as("Luton's due list shows its first review of the plan").isNotEmpty()
                .anySatisfy(c -> assertThat(c.get("due").asText()).isEqualTo(expected));
        JsonNode ledger = ok(hub.as(HERTS).get("/api/v1/transfers/" + transferId), 200);
        assertThat(ledger.toString()).contains("REVIEW_BY").contains(expected)
                .contains("made or last reviewed: 2026-11-17, the latest review decision the hub recorded");
    }

    private String ask(String caseId, String type, String recipient, String establishment) {
        ObjectNode request = AdviceRequestTest.newRequest(type, recipient, ADVICE_ASKED).put("caseId", caseId);
        if (establishment != null) {
            request.put("establishment", establishment);
        }
        JsonNode asked = ok(hub.as(HERTS).post("/api/v1/councils/919/advice-requests", request.toString(), key()),
                201);
        assertThat(asked.get("dueOn").asText()).as(type).isEqualTo("2025-09-29");
        return asked.get("requestId").asText();
    }

    private String askForReview(String reviewId, String adviser, String party, String establishment) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("adviser", adviser).put("party", party)
                .put("requestedOn", "2026-10-05");
        if (establishment != null) {
            body.put("establishment", establishment);
        }
        return ok(hub.as(HERTS).post("/api/v1/councils/919/reviews/" + reviewId + "/advice-requests",
                body.toString(), key()), 201).get("requestId").asText();
    }

    /** The final plan as the council holds it: made on 21 November 2025, after the request of 7 July 2025. */
    private static ObjectNode plan(String planId) {
        ObjectNode plan = Plans.golden(planId);
        ObjectNode dates = plan.putObject("dates");
        dates.put("requestReceived", "2025-07-07");
        dates.put("issued", "2025-11-21");
        return plan;
    }

    private JsonNode step(String caseId, String step, String body) {
        return ok(hub.as(HERTS).post(CASES + caseId + "/" + step, body, key()), 200);
    }

    private JsonNode reviewStep(String reviewId, String body) {
        return ok(hub.as(HERTS).post("/api/v1/councils/919/reviews/" + reviewId + "/steps", body, key()), 200);
    }

    /** A clock of a journey or review: due, status, the day it was met (null if none), whom it waits on. */
    private static void assertClock(JsonNode holder, String kind, String ref, String due, String status,
                                    String metOn, String role, String code) {
        JsonNode clock = null;
        for (JsonNode each : holder.get("clocks")) {
            if (each.get("kind").asText().equals(kind) && (ref == null || ref.equals(each.path("ref").asText()))) {
                clock = each;
            }
        }
        assertThat(clock).as("a " + kind + " clock " + (ref == null ? "" : ref) + " in " + holder).isNotNull();
        String what = kind + (ref == null ? "" : " " + ref);
        assertThat(clock.get("due").asText()).as(what + " due").isEqualTo(due);
        assertThat(clock.get("status").asText()).as(what + " status").isEqualTo(status);
        assertThat(clock.path("metOn").isMissingNode() || clock.get("metOn").isNull() ? null
                : clock.get("metOn").asText()).as(what + " met on").isEqualTo(metOn);
        assertThat(clock.get("waitingOn").get("role").asText()).as(what + " waits on").isEqualTo(role);
        JsonNode waitingCode = clock.get("waitingOn").get("code");
        assertThat(waitingCode == null || waitingCode.isNull() ? null : waitingCode.asText())
                .as(what + " waits on code").isEqualTo(code);
        assertThat(clock.get("source").asText()).as(what + " source").isNotBlank();
        assertThat(clock.get("rule").asText()).as(what + " rule").isNotBlank();
    }

    private static String councilXml(ObjectNode advice) throws Exception {
        AdviceDocument document = CanonicalJson.mapper().treeToValue(advice, AdviceDocument.class);
        return new String(CouncilXml.write(CouncilXmlMapper.toXml(document).value()), StandardCharsets.UTF_8);
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Plans.parse(response.body());
    }

    private static String key() {
        return "walk-" + UUID.randomUUID();
    }
}
