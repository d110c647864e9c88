package uk.ehcexchange.hub.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ehcexchange.hub.review.ReviewFixtures.HERTS;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.ClientRole;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.journey.ClockStatus;
import uk.ehcexchange.hub.journey.ClockView;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.hub.transfer.DeadlineRepository;
import uk.ehcexchange.hub.transfer.TransferDeadlines;
import uk.ehcexchange.transfer.DeadlineKind;
import uk.ehcexchange.transfer.TransferDeadline;
import uk.ehcexchange.statutory.PhaseTransfer;

/**
 * Annual reviews on the real embedded database: each step and the clocks it opens and closes, with dates worked by
 * hand in each test (s44's 12 months beginning with the day the plan was made or the last review decided; reg 20's
 * two weeks either side of the meeting and four weeks to decide; reg 22's 15 days and 8 weeks; reg 18's strict
 * 14 February), and every refusal once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ReviewServiceTest {

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) throws Exception {
        String dataDir = Files.createTempDirectory("ehc-review-test").toString();
        registry.add("ehc.data-dir", () -> dataDir);
        registry.add("ehc.demo-mode", () -> "true");
        registry.add("ehc.fhir.token-audience", () -> "http://localhost:8080/oauth2/token");
        registry.add("ehc.authorities[0].kind", () -> "NHS_TRUST");
        registry.add("ehc.authorities[0].ods-code", () -> "RY4");
        registry.add("ehc.authorities[0].name", () -> "Hertfordshire Community NHS Trust");
    }

    private static final ClientIdentity LUTON = new ClientIdentity("luton-case-system", "821");
    private static final ClientIdentity TRUST = new ClientIdentity("rY4-system", "RY4");
    private static final ClientIdentity HERTS_SOCIAL_CARE = new ClientIdentity("herts-social-care", "919",
            ClientRole.SOCIAL_CARE);
    private static final ClientIdentity SCHOOL = new ClientIdentity("herts-school-117342", "919", ClientRole.SCHOOL,
            "117342");
    private static final ClientIdentity OTHER_SCHOOL = new ClientIdentity("herts-school-117343", "919",
            ClientRole.SCHOOL, "117343");
    private static final ClientIdentity HERTS_EP = new ClientIdentity("herts-ep", "919",
            ClientRole.EDUCATIONAL_PSYCHOLOGY);

    /** Made 10 March 2025: the first review is due by 9 March 2026, the day before the anniversary. */
    private static final LocalDate MADE = LocalDate.of(2025, 3, 10);
    private static final LocalDate INVITED = LocalDate.of(2026, 1, 26);
    private static final LocalDate MEETING = LocalDate.of(2026, 2, 16);

    @Autowired ReviewService reviews;
    @Autowired ReviewAdviceService advice;
    @Autowired PlanService plans;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TransferDeadlines transferDeadlines;
    @Autowired DeadlineRepository transferDeadlineRecords;

    private ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(plans, json);
    }

    // --- transitions -------------------------------------------------------------------------------------------

    @Test
    void schedulingTheFirstReviewWorksItsDueDateFromThePlanAndChecksTheMeetingNotice() {
        String planId = fixtures.finalPlan(MADE);

        Review review = schedule(planId, annual(MEETING, INVITED));

        assertThat(review.cycle()).isEqualTo(1);
        assertThat(review.due().dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(review.due().source()).contains("s44");
        assertThat(review.status()).isEqualTo("SCHEDULED");
        assertThat(clock(review, "ANNUAL_REVIEW")).satisfies(c -> {
            assertThat(c.ref()).isEqualTo("review-1");
            assertThat(c.startedOn()).isEqualTo(MADE);
            assertThat(c.status()).isEqualTo(ClockStatus.OPEN);
            assertThat(c.waitingOn().role()).isEqualTo(WaitingOn.Role.COUNCIL);
            assertThat(c.waitingOn().code()).isEqualTo("919");
        });
        // Notice at least two weeks before 16 February: by 2 February; sent 26 January.
        assertThat(clock(review, "REVIEW_MEETING_NOTICE")).satisfies(c -> {
            assertThat(c.due()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(c.status()).isEqualTo(ClockStatus.MET);
            assertThat(c.metOn()).isEqualTo(INVITED);
        });
    }

    @Test
    void aMeetingNoticeShorterThanTwoWeeksIsLate() {
        String planId = fixtures.finalPlan(MADE);

        Review review = schedule(planId, annual(MEETING, LocalDate.of(2026, 2, 9)));

        assertThat(clock(review, "REVIEW_MEETING_NOTICE").status()).isEqualTo(ClockStatus.LATE);
    }

    @Test
    void aPlanLastReviewedBeforeTheHubIsDueTwelveMonthsFromThatReview() {
        String planId = fixtures.plan(MADE, LocalDate.of(2026, 1, 20), "FINAL");

        PlanReviews listed = reviews.reviews(HERTS, "919", planId);

        assertThat(listed.nextReviewDue().dueOn()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(listed.reviews()).isEmpty();
    }

    @Test
    void aPlanTransferredInIsDueByTheReg155DateTheHubRecordedOnArrival() {
        // Made 10 March 2025, transferred 1 March 2026: the later of 9 March 2026 (12 months) and 31 May 2026
        // (3 months beginning with the transfer) is 31 May 2026.
        String planId = fixtures.finalPlan(MADE);
        String transferId = UUID.randomUUID().toString();
        LocalDate transferred = LocalDate.of(2026, 3, 1);
        jdbc.sql("INSERT INTO inbound_transfer (transfer_id, recipient_la, sender_la, plan_id, transfer_date, package,"
                        + " received_at) VALUES (?, '919', '821', ?, ?, '{}', ?)")
                .params(transferId, planId, java.sql.Date.valueOf(transferred), Timestamp.from(java.time.Instant.now()))
                .update();
        transferDeadlines.recordOnTransfer(transferId, fixtures.document(planId, MADE, null, "FINAL"), transferred);

        Review review = schedule(planId, annual(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 4, 20)));

        assertThat(review.due().dueOn()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(review.due().source()).isEqualTo("SEND Regulations 2014, reg 15(5)(b)");
    }

    @Test
    void reg155OnTransferCountsFromTheReviewDecisionTheHubRecorded() {
        // Made 10 March 2025 and the plan document never updated; the hub recorded the decision of 6 March 2026.
        // Transferred 1 April 2026: the later of 5 March 2027 (12 months beginning with the decision) and 30 June
        // 2026 (3 months beginning with the transfer) is 5 March 2027. From the document alone it would have been
        // 30 June 2026.
        Review decided = step(reported(), decision(ReviewOutcome.MAINTAIN, LocalDate.of(2026, 3, 6), null));
        String transferId = UUID.randomUUID().toString();

        transferDeadlines.recordOnTransfer(transferId, fixtures.document(decided.planId(), MADE, null, "FINAL"),
                LocalDate.of(2026, 4, 1));

        TransferDeadline reviewBy = reviewBy(transferId);
        assertThat(reviewBy.dueOn()).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(reviewBy.source()).isEqualTo("SEND Regulations 2014, reg 15(5)(a)");
        assertThat(reviewBy.rule()).startsWith("made or last reviewed: 2026-03-06, the latest review decision the hub"
                + " recorded for this plan (later than the plan's dates.issued (2025-03-10");
    }

    @Test
    void reg155OnTransferKeepsTheDocumentsLastReviewedWhenItIsLater() {
        // The hub recorded a decision on 6 March 2026; the plan says it was last reviewed on 20 March 2026 (a
        // review recorded elsewhere): 12 months beginning with 20 March 2026 end on 19 March 2027.
        Review decided = step(reported(), decision(ReviewOutcome.MAINTAIN, LocalDate.of(2026, 3, 6), null));
        String transferId = UUID.randomUUID().toString();

        transferDeadlines.recordOnTransfer(transferId, fixtures.document(decided.planId(), MADE,
                LocalDate.of(2026, 3, 20), "FINAL"), LocalDate.of(2026, 4, 1));

        TransferDeadline reviewBy = reviewBy(transferId);
        assertThat(reviewBy.dueOn()).isEqualTo(LocalDate.of(2027, 3, 19));
        assertThat(reviewBy.rule()).startsWith("made or last reviewed: 2026-03-20, from the plan's dates.lastReviewed"
                + " (2026-03-20) (the latest review decision the hub recorded, 2026-03-06, is not later)");
    }

    @Test
    void theMeetingStartsTheReportAndDecisionClocks() {
        Review review = step(scheduled(), held(MEETING));

        assertThat(review.status()).isEqualTo("MEETING_HELD");
        assertThat(clock(review, "REVIEW_REPORT").due()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(clock(review, "REVIEW_DECISION").due()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(review.sen2().reviewMeeting()).isEqualTo(MEETING);
    }

    @Test
    void theReportSentInTimeMeetsItsClock() {
        Review review = step(held(), report(LocalDate.of(2026, 2, 27)));

        assertThat(clock(review, "REVIEW_REPORT")).satisfies(c -> {
            assertThat(c.status()).isEqualTo(ClockStatus.MET);
            assertThat(c.metOn()).isEqualTo(LocalDate.of(2026, 2, 27));
        });
    }

    @Test
    void aReportAfterTwoWeeksIsLate() {
        Review review = step(held(), report(LocalDate.of(2026, 3, 3)));

        assertThat(clock(review, "REVIEW_REPORT").status()).isEqualTo(ClockStatus.LATE);
    }

    @Test
    void aDecisionToMaintainConcludesTheReviewAndStartsTheNextTwelveMonths() {
        Review review = step(reported(), decision(ReviewOutcome.MAINTAIN, LocalDate.of(2026, 3, 6), null));

        assertThat(review.status()).isEqualTo("CONCLUDED");
        assertThat(review.sen2().lastReview()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(review.sen2().reviewOutcome()).isEqualTo("M");
        assertThat(clock(review, "REVIEW_DECISION").status()).isEqualTo(ClockStatus.MET);
        assertThat(clock(review, "ANNUAL_REVIEW").status()).isEqualTo(ClockStatus.MET);
        // 12 months beginning with the decision, 6 March 2026: by 5 March 2027.
        assertThat(reviews.reviews(HERTS, "919", review.planId()).nextReviewDue().dueOn())
                .isEqualTo(LocalDate.of(2027, 3, 5));
    }

    @Test
    void aDecisionAfterFourWeeksAndAfterTheAnniversaryIsLateOnBothClocks() {
        Review review = step(reported(), decision(ReviewOutcome.MAINTAIN, LocalDate.of(2026, 3, 17), null));

        assertThat(clock(review, "REVIEW_DECISION").status()).isEqualTo(ClockStatus.LATE);
        assertThat(clock(review, "ANNUAL_REVIEW").status()).isEqualTo(ClockStatus.LATE);
    }

    @Test
    void aDecisionToCeaseKeepsTheSen2ReasonAndEndsTheReviews() {
        Review review = step(reported(), decision(ReviewOutcome.CEASE, LocalDate.of(2026, 3, 6), 3));

        assertThat(review.ceaseReason()).isEqualTo(3);
        assertThat(review.sen2().reviewOutcome()).isEqualTo("C");
        assertThat(reviews.reviews(HERTS, "919", review.planId()).nextReviewDue()).isNull();
        assertRejected(() -> schedule(review.planId(), annual(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1))),
                Rejection.CONFLICT, "planId", "plan-not-ceased");
    }

    @Test
    void servedAmendmentsStartTheFamilysFifteenDaysAndTheEightWeeks() {
        Review review = step(amending(), served(LocalDate.of(2026, 3, 6)));

        assertThat(review.sen2().reviewDraft()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(clock(review, "AMENDMENT_REPRESENTATIONS")).satisfies(c -> {
            assertThat(c.due()).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(c.waitingOn().role()).isEqualTo(WaitingOn.Role.PARENT_OR_YOUNG_PERSON);
        });
        assertThat(clock(review, "AMENDED_FINAL_PLAN").due()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void theFamilysRepresentationsCloseTheirClock() {
        Review review = step(servedReview(), representations(LocalDate.of(2026, 3, 18)));

        assertThat(clock(review, "AMENDMENT_REPRESENTATIONS").status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void theAmendedFinalPlanIsAVersionOfThePlanIssuedWithinEightWeeks() {
        Review review = servedReview();
        int version = fixtures.newVersion(review.planId(), MADE);

        Review done = step(review, amendedPlan(LocalDate.of(2026, 4, 17), version));

        assertThat(done.status()).isEqualTo("AMENDED_PLAN_ISSUED");
        assertThat(done.amendedPlanVersion()).isEqualTo(version);
        assertThat(clock(done, "AMENDED_FINAL_PLAN").status()).isEqualTo(ClockStatus.MET);
        // No representations came: the family's period simply ran out.
        assertThat(clock(done, "AMENDMENT_REPRESENTATIONS").status()).isEqualTo(ClockStatus.NOT_NEEDED);
    }

    @Test
    void aPhaseTransferReviewIsMetByTheAmendedPlanBeforeFourteenthFebruary() {
        // Primary to secondary in September 2026: before 15 February 2026, read strictly as by 14 February.
        String planId = fixtures.finalPlan(LocalDate.of(2025, 6, 2));
        Review review = schedule(planId, new NewReview(ReviewKind.PHASE_TRANSFER, PhaseTransfer.PRIMARY_TO_SECONDARY,
                2026, null, LocalDate.of(2026, 1, 12), LocalDate.of(2025, 12, 1)));
        assertThat(review.phaseTransferDue().dueOn()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(review.sen2().phaseTransferDueDate()).isEqualTo(LocalDate.of(2026, 2, 14));

        step(review, held(LocalDate.of(2026, 1, 12)));
        step(review, report(LocalDate.of(2026, 1, 20)));
        step(review, decision(ReviewOutcome.AMEND, LocalDate.of(2026, 1, 23), null));
        step(review, served(LocalDate.of(2026, 1, 23)));
        int version = fixtures.newVersion(planId, LocalDate.of(2025, 6, 2));
        Review done = step(review, amendedPlan(LocalDate.of(2026, 2, 13), version));

        assertThat(clock(done, "PHASE_TRANSFER")).satisfies(c -> {
            assertThat(c.status()).isEqualTo(ClockStatus.MET);
            assertThat(c.metOn()).isEqualTo(LocalDate.of(2026, 2, 13));
        });
        assertThat(done.sen2().phaseTransferFinalDate()).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void aPost16TransferAtAnotherTimeIsDueFiveMonthsBefore() {
        String planId = fixtures.finalPlan(MADE);

        Review review = schedule(planId, new NewReview(ReviewKind.PHASE_TRANSFER, null, null,
                LocalDate.of(2027, 1, 4), MEETING, INVITED));

        assertThat(review.phaseTransferDue().dueOn()).isEqualTo(LocalDate.of(2026, 8, 4));
        assertThat(clock(review, "PHASE_TRANSFER").status()).isEqualTo(ClockStatus.OPEN);
    }

    @Test
    void adviceAskedOfTheTrustIsDueTwoWeeksBeforeTheMeetingAndClosedByItsAnswer() {
        Review review = scheduled();

        ReviewAdviceRequest asked = ask(review, ReviewAdviser.HEALTH, "RY4", INVITED);
        assertThat(asked.dueOn()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(advice.addressedTo(TRUST)).extracting(ReviewAdviceRequest::requestId)
                .contains(asked.requestId());

        var answered = read(advice.answer(TRUST, asked.requestId(), "answer-" + asked.requestId(),
                new ReviewAdviceAnswer("Continues to need speech and language therapy weekly.")),
                ReviewAdviceRequest.class);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(answered.answeredOn()).isEqualTo(today);
        assertThat(advice.find(HERTS, asked.requestId()).advice()).startsWith("Continues");
        assertThat(advice.addressedTo(TRUST)).extracting(ReviewAdviceRequest::requestId)
                .doesNotContain(asked.requestId());
        ClockView clock = reviews.find(HERTS, "919", review.reviewId()).clocks().stream()
                .filter(c -> c.ref().equals(asked.requestId())).findFirst().orElseThrow();
        assertThat(clock.waitingOn().role()).isEqualTo(WaitingOn.Role.HEALTH);
        assertThat(clock.waitingOn().code()).isEqualTo("RY4");
        assertThat(clock.metOn()).isEqualTo(today);
        assertThat(clock.status()).isEqualTo(today.isAfter(asked.dueOn()) ? ClockStatus.LATE : ClockStatus.MET);
    }

    @Test
    void aSchoolAskedByItsUrnSeesAnswersAndClosesItsReviewAdvice() {
        Review review = scheduled();

        ReviewAdviceRequest asked = askSchool(review, "117342");
        assertThat(asked.establishment()).isEqualTo("117342");
        assertThat(advice.addressedTo(SCHOOL)).extracting(ReviewAdviceRequest::requestId)
                .contains(asked.requestId());
        ClockView waiting = reviews.find(HERTS, "919", review.reviewId()).clocks().stream()
                .filter(c -> c.ref().equals(asked.requestId())).findFirst().orElseThrow();
        assertThat(waiting.waitingOn().role()).isEqualTo(WaitingOn.Role.SCHOOL);
        assertThat(waiting.waitingOn().code()).isEqualTo("117342");

        read(advice.answer(SCHOOL, asked.requestId(), key(), new ReviewAdviceAnswer("Good progress in reading.")),
                ReviewAdviceRequest.class);

        assertThat(advice.find(HERTS, asked.requestId()).advice()).isEqualTo("Good progress in reading.");
        ClockView closed = reviews.find(HERTS, "919", review.reviewId()).clocks().stream()
                .filter(c -> c.ref().equals(asked.requestId())).findFirst().orElseThrow();
        assertThat(closed.metOn()).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")));
    }

    @Test
    void anotherSchoolsReviewAdviceRequestDoesNotExistForASchool() {
        ReviewAdviceRequest asked = askSchool(scheduled(), "117343");

        assertThat(advice.addressedTo(SCHOOL)).extracting(ReviewAdviceRequest::requestId)
                .doesNotContain(asked.requestId());
        assertRejected(() -> advice.find(SCHOOL, asked.requestId()), Rejection.NOT_FOUND, "requestId",
                "known-request");
        assertRejected(() -> advice.answer(SCHOOL, asked.requestId(), key(), new ReviewAdviceAnswer("Not mine.")),
                Rejection.NOT_FOUND, "requestId", "known-request");
        assertThat(advice.find(OTHER_SCHOOL, asked.requestId()).requestId()).isEqualTo(asked.requestId());
    }

    @Test
    void aSchoolRequestToTheCouncilsSystemDoesNotExistForItsSchools() {
        ReviewAdviceRequest asked = ask(scheduled(), ReviewAdviser.SCHOOL, "919", INVITED);

        assertRejected(() -> advice.find(SCHOOL, asked.requestId()), Rejection.NOT_FOUND, "requestId",
                "known-request");
    }

    @Test
    void aTeamOfAnotherRoleDoesNotSeeASchoolsReviewAdvice() {
        ReviewAdviceRequest asked = askSchool(scheduled(), "117342");

        assertRejected(() -> advice.find(HERTS_EP, asked.requestId()), Rejection.NOT_FOUND, "requestId",
                "known-request");
        assertRejected(() -> advice.find(HERTS_SOCIAL_CARE, asked.requestId()), Rejection.NOT_FOUND, "requestId",
                "known-request");
    }

    @Test
    void onlySchoolAdviceNamesAnEstablishment() {
        assertAdviceRefused(new NewReviewAdviceRequest(ReviewAdviser.SOCIAL_CARE, "919", "117342", INVITED),
                "establishment", "establishment-for-school-advice");
    }

    @Test
    void theEstablishmentIsAUrnOrUkprn() {
        assertAdviceRefused(new NewReviewAdviceRequest(ReviewAdviser.SCHOOL, "919", "11734", INVITED),
                "establishment", "establishment-format");
    }

    @Test
    void aSchoolIsAskedByItsCouncilsCode() {
        assertAdviceRefused(new NewReviewAdviceRequest(ReviewAdviser.SCHOOL, "RY4", "117342", INVITED),
                "party", "school-council");
    }

    @Test
    void theSocialCareTeamSeesOnlySocialCareRequestsToItsCouncil() {
        Review review = scheduled();
        ReviewAdviceRequest social = ask(review, ReviewAdviser.SOCIAL_CARE, "919", INVITED);
        ReviewAdviceRequest school = ask(review, ReviewAdviser.SCHOOL, "919", INVITED);

        assertThat(advice.addressedTo(HERTS_SOCIAL_CARE)).extracting(ReviewAdviceRequest::requestId)
                .contains(social.requestId()).doesNotContain(school.requestId());
        assertRejected(() -> advice.find(HERTS_SOCIAL_CARE, school.requestId()), Rejection.NOT_FOUND, "requestId",
                "known-request");
    }

    @Test
    void aResentScheduleWithTheSameKeyGetsTheSameReview() {
        String planId = fixtures.finalPlan(MADE);
        NewReview body = annual(MEETING, INVITED);

        var first = reviews.schedule(HERTS, "919", planId, "same-" + planId, body);
        var again = reviews.schedule(HERTS, "919", planId, "same-" + planId, body);

        assertThat(again.body()).isEqualTo(first.body());
        assertThat(reviews.reviews(HERTS, "919", planId).reviews()).hasSize(1);
    }

    // --- refusals ----------------------------------------------------------------------------------------------

    @Test
    void anotherCouncilMayNotScheduleForHertfordshire() {
        String planId = fixtures.finalPlan(MADE);
        assertRejected(() -> reviews.schedule(LUTON, "919", planId, key(), annual(MEETING, INVITED)),
                Rejection.NOT_YOUR_AUTHORITY, "council", "own-authority-only");
    }

    @Test
    void anotherCouncilsPlanIsNotFound() {
        String planId = fixtures.finalPlan(MADE);
        assertRejected(() -> reviews.schedule(LUTON, "821", planId, key(), annual(MEETING, INVITED)),
                Rejection.NOT_FOUND, "planId", "known-plan");
    }

    @Test
    void aDraftPlanIsNotReviewed() {
        String planId = fixtures.plan(MADE, null, "DRAFT");
        assertRejected(() -> schedule(planId, annual(MEETING, INVITED)), Rejection.CONFLICT, "planId",
                "final-plan-only");
    }

    @Test
    void aReviewNeedsAMeetingDate() {
        assertScheduleRefused(annual(null, INVITED), "meetingOn", "required");
    }

    @Test
    void theMeetingCannotBeBeforeTheInvitations() {
        assertScheduleRefused(annual(INVITED.minusDays(1), INVITED), "meetingOn", "not-before-invitations");
    }

    @Test
    void invitationsCannotBeInTheFuture() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        assertScheduleRefused(annual(tomorrow.plusWeeks(3), tomorrow), "invitedOn", "not-in-future");
    }

    @Test
    void anAnnualReviewNamesNoPhaseTransfer() {
        assertScheduleRefused(new NewReview(ReviewKind.ANNUAL, PhaseTransfer.PRIMARY_TO_SECONDARY, null, null,
                MEETING, INVITED), "phaseTransfer", "only-for-phase-transfer");
    }

    @Test
    void aPhaseTransferReviewNamesTheTransfer() {
        assertScheduleRefused(new NewReview(ReviewKind.PHASE_TRANSFER, null, 2026, null, MEETING, INVITED),
                "phaseTransfer", "required-for-phase-transfer");
    }

    @Test
    void aPhaseTransferReviewNamesTheYear() {
        assertScheduleRefused(new NewReview(ReviewKind.PHASE_TRANSFER, PhaseTransfer.INFANT_TO_JUNIOR, null, null,
                MEETING, INVITED), "transferYear", "required-for-phase-transfer");
    }

    @Test
    void theTransferYearIsOneTheRegulationsCover() {
        assertScheduleRefused(new NewReview(ReviewKind.PHASE_TRANSFER, PhaseTransfer.INFANT_TO_JUNIOR, 2014, null,
                MEETING, INVITED), "transferYear", "calendar-year");
    }

    @Test
    void aPost16TransferAtAnotherTimeHasOnlyItsDate() {
        assertScheduleRefused(new NewReview(ReviewKind.PHASE_TRANSFER, PhaseTransfer.SECONDARY_TO_POST_16, 2027,
                LocalDate.of(2027, 1, 4), MEETING, INVITED), "proposedTransferOn", "one-kind-of-transfer");
    }

    @Test
    void aPlanHasOneOpenReviewAtATime() {
        Review review = scheduled();
        assertRejected(() -> schedule(review.planId(), annual(MEETING.plusDays(1), INVITED)), Rejection.CONFLICT,
                "planId", "one-open-review");
    }

    @Test
    void anotherCouncilsReviewIsNotFound() {
        Review review = scheduled();
        assertRejected(() -> reviews.find(LUTON, "821", review.reviewId()), Rejection.NOT_FOUND, "reviewId",
                "known-review");
    }

    @Test
    void aStepNeedsItsDate() {
        Review review = scheduled();
        assertStepRefused(review, new NewStep(ReviewStep.MEETING_HELD, null, null, null, null),
                Rejection.VALIDATION_FAILED, "on", "required");
    }

    @Test
    void aStepCannotBeInTheFuture() {
        Review review = scheduled();
        assertStepRefused(review, held(LocalDate.now(ZoneId.of("Europe/London")).plusDays(1)),
                Rejection.VALIDATION_FAILED, "on", "not-in-future");
    }

    @Test
    void aDecisionNamesItsOutcome() {
        assertStepRefused(reported(), decision(null, MEETING, null), Rejection.VALIDATION_FAILED, "outcome",
                "required-for-decision");
    }

    @Test
    void onlyADecisionHasAnOutcome() {
        assertStepRefused(scheduled(), new NewStep(ReviewStep.MEETING_HELD, MEETING, ReviewOutcome.AMEND, null,
                null), Rejection.VALIDATION_FAILED, "outcome", "only-for-decision");
    }

    @Test
    void ceasingNeedsASen2CeaseReasonFromOneToNine() {
        assertStepRefused(reported(), decision(ReviewOutcome.CEASE, MEETING, 10), Rejection.VALIDATION_FAILED,
                "ceaseReason", "sen2-cease-reason");
    }

    @Test
    void onlyCeasingHasACeaseReason() {
        assertStepRefused(reported(), decision(ReviewOutcome.MAINTAIN, MEETING, 3), Rejection.VALIDATION_FAILED,
                "ceaseReason", "only-when-ceasing");
    }

    @Test
    void theAmendedPlanNamesItsVersion() {
        assertStepRefused(servedReview(), amendedPlan(LocalDate.of(2026, 4, 17), null), Rejection.VALIDATION_FAILED,
                "planVersion", "required-for-amended-plan");
    }

    @Test
    void onlyTheAmendedPlanHasAVersion() {
        assertStepRefused(scheduled(), new NewStep(ReviewStep.MEETING_HELD, MEETING, null, null, 2),
                Rejection.VALIDATION_FAILED, "planVersion", "only-for-amended-plan");
    }

    @Test
    void theMeetingCannotBeHeldBeforeTheInvitations() {
        assertStepRefused(scheduled(), held(INVITED.minusDays(1)), Rejection.VALIDATION_FAILED, "on",
                "not-before-invitations");
    }

    @Test
    void theReportFollowsTheMeeting() {
        assertStepRefused(scheduled(), report(MEETING), Rejection.CONFLICT, "step", "meeting-held-first");
    }

    @Test
    void theReportIsNotDatedBeforeTheMeeting() {
        assertStepRefused(held(), report(MEETING.minusDays(1)), Rejection.VALIDATION_FAILED, "on",
                "not-before-meeting");
    }

    @Test
    void theDecisionFollowsTheReport() {
        assertStepRefused(held(), decision(ReviewOutcome.MAINTAIN, MEETING, null), Rejection.CONFLICT, "step",
                "report-sent-first");
    }

    @Test
    void aStepIsRecordedOnce() {
        assertStepRefused(held(), held(MEETING), Rejection.CONFLICT, "step", "step-once");
    }

    @Test
    void amendmentsFollowADecisionToAmend() {
        Review review = step(reported(), decision(ReviewOutcome.MAINTAIN, LocalDate.of(2026, 3, 6), null));
        assertStepRefused(review, served(LocalDate.of(2026, 3, 6)), Rejection.CONFLICT, "step", "decided-to-amend");
    }

    @Test
    void representationsFollowTheServedAmendments() {
        assertStepRefused(amending(), representations(LocalDate.of(2026, 3, 18)), Rejection.CONFLICT, "step",
                "amendments-served-first");
    }

    @Test
    void theAmendedPlanIsAVersionStoredAfterTheDecision() {
        assertStepRefused(servedReview(), amendedPlan(LocalDate.of(2026, 4, 17), 1), Rejection.VALIDATION_FAILED,
                "planVersion", "amended-plan-version");
    }

    @Test
    void theAmendedPlanWaitsForTheFamilysFifteenDays() {
        Review review = servedReview();
        int version = fixtures.newVersion(review.planId(), MADE);
        // Served 6 March: the family may write until 20 March.
        assertStepRefused(review, amendedPlan(LocalDate.of(2026, 3, 20), version), Rejection.CONFLICT, "step",
                "representation-period-over");
    }

    @Test
    void reviewAdviceNamesTheKindOfAdviser() {
        assertAdviceRefused(new NewReviewAdviceRequest(null, "RY4", INVITED), "adviser", "required");
    }

    @Test
    void reviewAdviceIsAskedOfAnAuthorityTheHubKnows() {
        assertAdviceRefused(new NewReviewAdviceRequest(ReviewAdviser.HEALTH, "ZZZ", INVITED), "party",
                "known-authority");
    }

    @Test
    void healthAdviceIsAskedOfTheNhs() {
        assertAdviceRefused(new NewReviewAdviceRequest(ReviewAdviser.HEALTH, "821", INVITED), "party",
                "party-fits-adviser");
    }

    @Test
    void reviewAdviceIsNotAskedInTheFuture() {
        assertAdviceRefused(new NewReviewAdviceRequest(ReviewAdviser.HEALTH, "RY4",
                LocalDate.now(ZoneId.of("Europe/London")).plusDays(1)), "requestedOn", "not-in-future");
    }

    @Test
    void reviewAdviceIsAskedBeforeTheMeeting() {
        assertAdviceRefused(new NewReviewAdviceRequest(ReviewAdviser.HEALTH, "RY4", MEETING.plusDays(1)),
                "requestedOn", "before-meeting");
    }

    @Test
    void noAdviceIsAskedForADecidedReview() {
        Review review = step(reported(), decision(ReviewOutcome.MAINTAIN, LocalDate.of(2026, 3, 6), null));
        assertRejected(() -> ask(review, ReviewAdviser.HEALTH, "RY4", INVITED), Rejection.CONFLICT, "reviewId",
                "review-open");
    }

    @Test
    void onlyThePartyAskedAnswers() {
        ReviewAdviceRequest asked = ask(scheduled(), ReviewAdviser.HEALTH, "RY4", INVITED);
        assertRejected(() -> advice.answer(HERTS, asked.requestId(), key(), new ReviewAdviceAnswer("advice")),
                Rejection.NOT_YOUR_AUTHORITY, "requestId", "adviser-only");
    }

    @Test
    void anAnswerHasAdvice() {
        ReviewAdviceRequest asked = ask(scheduled(), ReviewAdviser.HEALTH, "RY4", INVITED);
        assertRejected(() -> advice.answer(TRUST, asked.requestId(), key(), new ReviewAdviceAnswer(" ")),
                Rejection.VALIDATION_FAILED, "advice", "required");
    }

    @Test
    void anAnswerHasALimit() {
        ReviewAdviceRequest asked = ask(scheduled(), ReviewAdviser.HEALTH, "RY4", INVITED);
        String tooLong = "x".repeat(ReviewAdviceService.MAX_ADVICE + 1);
        assertRejected(() -> advice.answer(TRUST, asked.requestId(), key(), new ReviewAdviceAnswer(tooLong)),
                Rejection.VALIDATION_FAILED, "advice", "max-length");
    }

    @Test
    void aRequestIsAnsweredOnce() {
        ReviewAdviceRequest asked = ask(scheduled(), ReviewAdviser.HEALTH, "RY4", INVITED);
        advice.answer(TRUST, asked.requestId(), key(), new ReviewAdviceAnswer("first"));
        assertRejected(() -> advice.answer(TRUST, asked.requestId(), key(), new ReviewAdviceAnswer("second")),
                Rejection.CONFLICT, "requestId", "request-open");
    }

    @Test
    void anotherCouncilCannotSeeAReviewAdviceRequest() {
        ReviewAdviceRequest asked = ask(scheduled(), ReviewAdviser.HEALTH, "RY4", INVITED);
        assertRejected(() -> advice.find(LUTON, asked.requestId()), Rejection.NOT_FOUND, "requestId",
                "known-request");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Review scheduled() {
        return schedule(fixtures.finalPlan(MADE), annual(MEETING, INVITED));
    }

    private Review held() {
        return step(scheduled(), held(MEETING));
    }

    private Review reported() {
        return step(held(), report(LocalDate.of(2026, 2, 27)));
    }

    private Review amending() {
        return step(reported(), decision(ReviewOutcome.AMEND, LocalDate.of(2026, 3, 6), null));
    }

    private Review servedReview() {
        return step(amending(), served(LocalDate.of(2026, 3, 6)));
    }

    private static NewReview annual(LocalDate meetingOn, LocalDate invitedOn) {
        return new NewReview(null, null, null, null, meetingOn, invitedOn);
    }

    private static NewStep held(LocalDate on) {
        return new NewStep(ReviewStep.MEETING_HELD, on, null, null, null);
    }

    private static NewStep report(LocalDate on) {
        return new NewStep(ReviewStep.REPORT_SENT, on, null, null, null);
    }

    private static NewStep decision(ReviewOutcome outcome, LocalDate on, Integer ceaseReason) {
        return new NewStep(ReviewStep.DECISION, on, outcome, ceaseReason, null);
    }

    private static NewStep served(LocalDate on) {
        return new NewStep(ReviewStep.AMENDMENTS_SERVED, on, null, null, null);
    }

    private static NewStep representations(LocalDate on) {
        return new NewStep(ReviewStep.REPRESENTATIONS_RECEIVED, on, null, null, null);
    }

    private static NewStep amendedPlan(LocalDate on, Integer version) {
        return new NewStep(ReviewStep.AMENDED_FINAL_PLAN, on, null, null, version);
    }

    private Review schedule(String planId, NewReview body) {
        return read(reviews.schedule(HERTS, "919", planId, key(), body), Review.class);
    }

    private Review step(Review review, NewStep step) {
        return read(reviews.step(HERTS, "919", review.reviewId(), key(), step), Review.class);
    }

    private ReviewAdviceRequest ask(Review review, ReviewAdviser adviser, String party, LocalDate on) {
        return read(advice.request(HERTS, "919", review.reviewId(), key(),
                new NewReviewAdviceRequest(adviser, party, on)), ReviewAdviceRequest.class);
    }

    private ReviewAdviceRequest askSchool(Review review, String urn) {
        return read(advice.request(HERTS, "919", review.reviewId(), key(),
                new NewReviewAdviceRequest(ReviewAdviser.SCHOOL, "919", urn, INVITED)), ReviewAdviceRequest.class);
    }

    private TransferDeadline reviewBy(String transferId) {
        return transferDeadlineRecords.forTransfer(transferId).stream()
                .filter(d -> d.kind() == DeadlineKind.REVIEW_BY).findFirst().orElseThrow();
    }

    private static ClockView clock(Review review, String kind) {
        return review.clocks().stream().filter(c -> c.kind().name().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " clock in " + review.clocks()));
    }

    private <T> T read(uk.ehcexchange.hub.idempotency.StoredResponse stored, Class<T> type) {
        try {
            return json.readValue(stored.body(), type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key() {
        return "review-test-" + UUID.randomUUID();
    }

    private void assertScheduleRefused(NewReview body, String field, String rule) {
        String planId = fixtures.finalPlan(MADE);
        assertRejected(() -> schedule(planId, body), Rejection.VALIDATION_FAILED, field, rule);
    }

    private void assertStepRefused(Review review, NewStep step, Rejection rejection, String field, String rule) {
        assertRejected(() -> step(review, step), rejection, field, rule);
    }

    private void assertAdviceRefused(NewReviewAdviceRequest body, String field, String rule) {
        Review review = scheduled();
        assertRejected(() -> advice.request(HERTS, "919", review.reviewId(), key(), body), Rejection.VALIDATION_FAILED,
                field, rule);
    }

    private static void assertRejected(ThrowingCallable call, Rejection rejection, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.rejection()).isEqualTo(rejection);
            assertThat(e.violations()).anySatisfy(v -> {
                assertThat(v.field()).isEqualTo(field);
                assertThat(v.rule()).isEqualTo(rule);
            });
        });
    }
}
