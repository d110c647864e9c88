package uk.ehcexchange.hub.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.ehcexchange.hub.assessment.AssessmentSteps.AppliedException;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Decision;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Draft;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Export;
import uk.ehcexchange.hub.assessment.AssessmentSteps.FinalPlan;
import uk.ehcexchange.hub.assessment.AssessmentSteps.NoPlan;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Representations;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Request;
import uk.ehcexchange.hub.assessment.AssessmentSteps.RequestOutcome;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.ClientRole;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.journey.CaseStatus;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.ClockStatus;
import uk.ehcexchange.hub.journey.ClockView;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.JourneyReader;
import uk.ehcexchange.hub.journey.JourneyView;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.model.Child;

/**
 * Needs assessments on the real hub (embedded database, no web door): each step moves the clocks it should, with
 * due dates worked out by hand below, and each refusal changes nothing. Dates are in 2026, before "today".
 *
 * <p>Hand-worked dates (calendar weeks; "within N weeks of" does not count the day received; reg 13(1)'s 15 days
 * begin with the day served): a request received Monday 2 March 2026 must be decided by Monday 13 April (6 weeks),
 * a decision not to issue notified by Monday 22 June (16 weeks), the final plan issued by Monday 20 July
 * (20 weeks). A draft served Monday 15 June leaves the family until Monday 29 June (day 15).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AssessmentServiceTest {

    private static final String HERTS = "919";
    private static final ClientIdentity CASE_SYSTEM = new ClientIdentity("herts-case-system", HERTS);
    private static final ClientIdentity LUTON = new ClientIdentity("luton-case-system", "821");
    private static final Child CHILD = new Child("9993110469", "U919236820041", null, "HCC-0-25-118842", "Theo",
            "Marchetti-Hale", LocalDate.of(2016, 5, 9), "SG13 7QX");

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private static final LocalDate DECIDE_BY = LocalDate.of(2026, 4, 13);
    private static final LocalDate NO_PLAN_BY = LocalDate.of(2026, 6, 22);
    private static final LocalDate FINAL_PLAN_BY = LocalDate.of(2026, 7, 20);
    private static final LocalDate DRAFT_SERVED = LocalDate.of(2026, 6, 15);
    private static final LocalDate REPRESENTATIONS_UNTIL = LocalDate.of(2026, 6, 29);

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ehc-assessment-test").toString();
        registry.add("ehc.data-dir", () -> dir);
        registry.add("ehc.demo-mode", () -> "true");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:assessment;DB_CLOSE_DELAY=-1");
    }

    @Autowired AssessmentService assessments;
    @Autowired JourneyReader reader;
    @Autowired JdbcClient jdbc;

    @Test
    void aRequestOpensTheSixWeekAndTwentyWeekClocksOnly() {
        JourneyView view = request();

        assertThat(view.status()).isEqualTo(CaseStatus.REQUESTED);
        assertThat(view.openedOn()).isEqualTo(RECEIVED);
        assertThat(view.events()).extracting(JourneyEvent::kind).containsExactly("ASSESSMENT_REQUESTED");
        assertThat(view.events().get(0).detail()).isEqualTo("SEN2 RequestSource 1 (young person or parent)");
        assertThat(view.clocks()).extracting(ClockView::kind)
                .containsExactlyInAnyOrder(ClockKind.DECIDE_WHETHER_TO_ASSESS, ClockKind.FINAL_PLAN);
        ClockView decide = clock(view, ClockKind.DECIDE_WHETHER_TO_ASSESS);
        assertThat(decide.due()).isEqualTo(DECIDE_BY);
        assertThat(decide.source()).isEqualTo("SEND Regulations 2014, reg 5(1)");
        assertThat(decide.waitingOn()).isEqualTo(WaitingOn.council(HERTS));
        assertThat(decide.status()).isEqualTo(ClockStatus.OPEN);
        assertThat(decide.overdue()).isTrue();
        assertThat(clock(view, ClockKind.FINAL_PLAN).due()).isEqualTo(FINAL_PLAN_BY);
        assertThat(clock(view, ClockKind.FINAL_PLAN).source()).isEqualTo("SEND Regulations 2014, reg 13(2)");
    }

    @Test
    void decidingToAssessInTimeMeetsTheSixWeekClockAndStartsTheSixteenWeekOne() {
        String caseId = request().caseId();

        JourneyView view = decide(caseId, RequestOutcome.Y, LocalDate.of(2026, 4, 10));

        assertThat(view.status()).isEqualTo(CaseStatus.ASSESSING);
        ClockView decided = clock(view, ClockKind.DECIDE_WHETHER_TO_ASSESS);
        assertThat(decided.status()).isEqualTo(ClockStatus.MET);
        assertThat(decided.metOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(decided.overdue()).isFalse();
        ClockView noPlan = clock(view, ClockKind.DECIDE_NOT_TO_ISSUE);
        assertThat(noPlan.due()).isEqualTo(NO_PLAN_BY);
        assertThat(noPlan.startedOn()).isEqualTo(RECEIVED);
        assertThat(noPlan.source()).isEqualTo("SEND Regulations 2014, reg 10(1)");
    }

    @Test
    void decidingTheDayAfterTheSixWeeksIsLate() {
        String caseId = request().caseId();

        JourneyView view = decide(caseId, RequestOutcome.Y, DECIDE_BY.plusDays(1));

        assertThat(clock(view, ClockKind.DECIDE_WHETHER_TO_ASSESS).status()).isEqualTo(ClockStatus.LATE);
    }

    @Test
    void decidingNotToAssessEndsTheCaseAndNoFinalPlanIsDue() {
        String caseId = request().caseId();

        JourneyView view = decide(caseId, RequestOutcome.N, DECIDE_BY);

        assertThat(view.status()).isEqualTo(CaseStatus.NOT_ASSESSED);
        assertThat(clock(view, ClockKind.DECIDE_WHETHER_TO_ASSESS).status()).isEqualTo(ClockStatus.MET);
        assertThat(clock(view, ClockKind.FINAL_PLAN).status()).isEqualTo(ClockStatus.NOT_NEEDED);
        assertThat(clock(view, ClockKind.FINAL_PLAN).due()).isEqualTo(FINAL_PLAN_BY);
        assertThat(view.clocks()).extracting(ClockView::kind).doesNotContain(ClockKind.DECIDE_NOT_TO_ISSUE);
    }

    @Test
    void aWithdrawnRequestNeedsNoDecisionAndNoPlan() {
        String caseId = request().caseId();

        JourneyView view = decide(caseId, RequestOutcome.W, LocalDate.of(2026, 3, 20));

        assertThat(view.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(view.clocks()).extracting(ClockView::status).containsOnly(ClockStatus.NOT_NEEDED);
    }

    @Test
    void aDecisionNotToIssueClosesTheSixteenWeekClockAndNoFinalPlanIsDue() {
        String caseId = assessing();

        JourneyView view = assessments.noPlan(CASE_SYSTEM, HERTS, caseId, key(), new NoPlan(NO_PLAN_BY.plusDays(1)));

        assertThat(view.status()).isEqualTo(CaseStatus.NOT_ISSUED);
        assertThat(clock(view, ClockKind.DECIDE_NOT_TO_ISSUE).status()).isEqualTo(ClockStatus.LATE);
        assertThat(clock(view, ClockKind.FINAL_PLAN).status()).isEqualTo(ClockStatus.NOT_NEEDED);
    }

    @Test
    void aDraftWaitsOnTheFamilyForFifteenDaysThenTheFinalPlanMeetsTheTwentyWeeks() {
        String caseId = assessing();
        String planId = storedPlan("FINAL");

        JourneyView drafted = assessments.draft(CASE_SYSTEM, HERTS, caseId, key(), new Draft(DRAFT_SERVED));
        ClockView representations = clock(drafted, ClockKind.DRAFT_REPRESENTATIONS);
        assertThat(drafted.status()).isEqualTo(CaseStatus.DRAFT_SERVED);
        assertThat(representations.due()).isEqualTo(REPRESENTATIONS_UNTIL);
        assertThat(representations.waitingOn()).isEqualTo(WaitingOn.family());
        assertThat(representations.source()).isEqualTo("SEND Regulations 2014, reg 13(1)");
        assertThat(clock(drafted, ClockKind.DECIDE_NOT_TO_ISSUE).status()).isEqualTo(ClockStatus.NOT_NEEDED);

        JourneyView issued = assessments.finalPlan(CASE_SYSTEM, HERTS, caseId, key(),
                new FinalPlan(FINAL_PLAN_BY, planId));

        assertThat(issued.status()).isEqualTo(CaseStatus.PLAN_MAINTAINED);
        assertThat(issued.planId()).isEqualTo(planId);
        assertThat(clock(issued, ClockKind.FINAL_PLAN).status()).isEqualTo(ClockStatus.MET);
        assertThat(clock(issued, ClockKind.FINAL_PLAN).metOn()).isEqualTo(FINAL_PLAN_BY);
        assertThat(clock(issued, ClockKind.DRAFT_REPRESENTATIONS).status()).isEqualTo(ClockStatus.NOT_NEEDED);
        assertThat(issued.events()).extracting(JourneyEvent::kind).containsExactly("ASSESSMENT_REQUESTED",
                "DECIDED_TO_ASSESS", "DRAFT_PLAN_SERVED", "FINAL_PLAN_ISSUED");
    }

    @Test
    void theFamilysRepresentationsStopTheirClockAndTheFinalPlanMayThenIssueWithinTheFifteenDays() {
        String caseId = drafted();
        JourneyView represented = assessments.representations(CASE_SYSTEM, HERTS, caseId, key(),
                new Representations(LocalDate.of(2026, 6, 20)));
        assertThat(clock(represented, ClockKind.DRAFT_REPRESENTATIONS).status()).isEqualTo(ClockStatus.MET);

        JourneyView issued = assessments.finalPlan(CASE_SYSTEM, HERTS, caseId, key(),
                new FinalPlan(LocalDate.of(2026, 6, 22), storedPlan("FINAL")));

        assertThat(clock(issued, ClockKind.FINAL_PLAN).status()).isEqualTo(ClockStatus.MET);
        assertThat(clock(issued, ClockKind.DRAFT_REPRESENTATIONS).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void anExceptionIsShownWithItsReasonAndSourceAndTheDueDateStays() {
        String caseId = assessing();

        JourneyView view = assessments.recordException(CASE_SYSTEM, HERTS, caseId, key(),
                new AppliedException("FINAL_PLAN", null, "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES", "bereavement"));

        ClockView finalPlan = clock(view, ClockKind.FINAL_PLAN);
        assertThat(finalPlan.due()).isEqualTo(FINAL_PLAN_BY);
        assertThat(finalPlan.exception()).isEqualTo("EXCEPTIONAL_PERSONAL_CIRCUMSTANCES");
        assertThat(finalPlan.exceptionReason()).isEqualTo("bereavement");
        assertThat(finalPlan.exceptionSource()).isEqualTo("SEND Regulations 2014, reg 13(3)(c)");
        assertThat(view.events()).last().extracting(JourneyEvent::kind).isEqualTo("CLOCK_EXCEPTION_RECORDED");
    }

    @Test
    void aResentStepIsAnsweredAgainAndRecordedOnce() {
        String caseId = request().caseId();
        String key = key();

        JourneyView first = assessments.decide(CASE_SYSTEM, HERTS, caseId, key,
                new Decision(RequestOutcome.Y, DECIDE_BY));
        JourneyView again = assessments.decide(CASE_SYSTEM, HERTS, caseId, key,
                new Decision(RequestOutcome.Y, DECIDE_BY));

        assertThat(again).isEqualTo(first);
        assertThat(reader.journey(CASE_SYSTEM, HERTS, caseId).events()).hasSize(2);
    }

    @Test
    void theCouncilsListShowsOverdueClocksFirstAndFiltersByWhomTheyWaitOn() {
        ClientIdentity camden = new ClientIdentity("camden-case-system", "202");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String overdue = assessments.request(camden, "202", key(), new Request(today.minusWeeks(7), 2, CHILD))
                .caseId();
        String fresh = assessments.request(camden, "202", key(), new Request(today, 3, CHILD)).caseId();
        assessments.decide(camden, "202", fresh, key(), new Decision(RequestOutcome.Y, today));
        String drafted = assessments.request(camden, "202", key(), new Request(today.minusWeeks(10), 1, CHILD))
                .caseId();
        assessments.decide(camden, "202", drafted, key(), new Decision(RequestOutcome.Y, today.minusWeeks(5)));
        assessments.draft(camden, "202", drafted, key(), new Draft(today));

        List<ClockView> due = reader.councilClocks(camden, "202", 20, null, null, null);

        assertThat(due).extracting(ClockView::caseId, ClockView::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(overdue, ClockKind.DECIDE_WHETHER_TO_ASSESS),
                org.assertj.core.groups.Tuple.tuple(drafted, ClockKind.DRAFT_REPRESENTATIONS));
        assertThat(due.get(0).overdue()).isTrue();
        assertThat(reader.councilClocks(camden, "202", 20, "PARENT_OR_YOUNG_PERSON", null, null))
                .extracting(ClockView::caseId).containsExactly(drafted);
        assertThat(reader.councilClocks(camden, "202", 0, null, null, null)).extracting(ClockView::caseId)
                .containsExactly(overdue);
        assertThat(reader.councilClocks(camden, "202", 260, null, "FINAL_PLAN", null)).hasSize(3);
        assertThat(reader.councilClocks(camden, "202", 20, "202", null, null)).extracting(ClockView::caseId)
                .containsExactly(overdue);
    }

    @Test
    void aPartnerSeesOnlyWhatWaitsOnItAndASocialCareTeamOnlySocialCareClocks() {
        ClientIdentity hackney = new ClientIdentity("hackney-case-system", "204");
        ClientIdentity hackneySocialCare = new ClientIdentity("social-care-204", "204", ClientRole.SOCIAL_CARE);
        assessments.request(hackney, "204", key(), new Request(LocalDate.now().minusWeeks(1), 4, CHILD));

        assertThat(reader.partyClocks(hackney, "204", 260, null)).extracting(ClockView::kind)
                .contains(ClockKind.DECIDE_WHETHER_TO_ASSESS);
        assertThat(reader.partyClocks(hackneySocialCare, "204", 260, null)).isEmpty();
        refused(() -> reader.partyClocks(hackney, "919", 20, null), Rejection.NOT_YOUR_AUTHORITY, "party",
                "own-authority-only");
    }

    @Test
    void anAssessmentInProgressWhenTheChildMovesIsExportedAndItsClocksAreNoLongerThisCouncils() {
        String caseId = assessing();

        JourneyView view = assessments.export(CASE_SYSTEM, HERTS, caseId, key(),
                new Export("821", LocalDate.of(2026, 5, 4)));

        assertThat(view.status()).isEqualTo(CaseStatus.EXPORTED);
        JourneyEvent exported = view.events().get(view.events().size() - 1);
        assertThat(exported.kind()).isEqualTo("EXPORTED");
        assertThat(exported.party()).isEqualTo("821");
        assertThat(exported.detail()).isEqualTo("SEN2 Exported 821");
        assertThat(clock(view, ClockKind.DECIDE_WHETHER_TO_ASSESS).status()).isEqualTo(ClockStatus.MET);
        assertThat(clock(view, ClockKind.DECIDE_NOT_TO_ISSUE).status()).isEqualTo(ClockStatus.NOT_NEEDED);
        assertThat(clock(view, ClockKind.FINAL_PLAN).status()).isEqualTo(ClockStatus.NOT_NEEDED);
        assertThat(jdbc.sql("SELECT exported_to FROM assessment_request WHERE case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("821");
    }

    // One test per refusal; each leaves nothing behind.

    @Test
    void aFutureReceivedDateIsRefused() {
        refused(() -> assessments.request(CASE_SYSTEM, HERTS, key(),
                        new Request(LocalDate.now().plusDays(2), 1, CHILD)),
                Rejection.VALIDATION_FAILED, "receivedOn", "not-in-future");
    }

    @Test
    void aRequestWithoutAReceivedDateIsRefused() {
        refused(() -> assessments.request(CASE_SYSTEM, HERTS, key(), new Request(null, 1, CHILD)),
                Rejection.VALIDATION_FAILED, "receivedOn", "required");
    }

    @Test
    void aRequestSourceThatIsNoSen2CodeIsRefused() {
        refused(() -> assessments.request(CASE_SYSTEM, HERTS, key(), new Request(RECEIVED, 6, CHILD)),
                Rejection.VALIDATION_FAILED, "requestSource", "sen2-request-source");
    }

    @Test
    void aRequestWithoutAChildIsRefused() {
        refused(() -> assessments.request(CASE_SYSTEM, HERTS, key(), new Request(RECEIVED, 1, null)),
                Rejection.VALIDATION_FAILED, "child", "required");
    }

    @Test
    void aChildWithABrokenNhsNumberIsRefused() {
        Child broken = new Child("9993110468", null, null, null, "Theo", "Marchetti-Hale",
                LocalDate.of(2016, 5, 9), null);
        refused(() -> assessments.request(CASE_SYSTEM, HERTS, key(), new Request(RECEIVED, 1, broken)),
                Rejection.VALIDATION_FAILED, "child.nhsNumber", "nhs-number-modulus-11");
    }

    @Test
    void aRequestForAnotherCouncilIsRefused() {
        refused(() -> assessments.request(LUTON, HERTS, key(), new Request(RECEIVED, 1, CHILD)),
                Rejection.NOT_YOUR_AUTHORITY, "council", "own-authority-only");
    }

    @Test
    void aRequestToNoCouncilIsRefused() {
        refused(() -> assessments.request(new ClientIdentity("x", "999"), "999", key(),
                new Request(RECEIVED, 1, CHILD)), Rejection.NOT_FOUND, "council", "known-council");
    }

    @Test
    void anotherCouncilsCaseIsAnsweredAsAnUnknownOne() {
        String caseId = request().caseId();
        ClientIdentity luton = LUTON;

        refused(() -> assessments.decide(luton, "821", caseId, key(), new Decision(RequestOutcome.Y, DECIDE_BY)),
                Rejection.NOT_FOUND, "caseId", "known-case");
        refused(() -> reader.journey(luton, "821", caseId), Rejection.NOT_FOUND, "caseId", "known-case");
    }

    @Test
    void aSecondDecisionWhetherToAssessIsRefused() {
        String caseId = assessing();

        refused(() -> decide(caseId, RequestOutcome.N, DECIDE_BY), Rejection.CONFLICT, "caseId", "case-status");
    }

    @Test
    void aDecisionWithoutAnOutcomeIsRefused() {
        String caseId = request().caseId();

        refused(() -> assessments.decide(CASE_SYSTEM, HERTS, caseId, key(), new Decision(null, DECIDE_BY)),
                Rejection.VALIDATION_FAILED, "outcome", "required");
    }

    @Test
    void aDecisionBeforeTheRequestWasReceivedIsRefused() {
        String caseId = request().caseId();

        refused(() -> decide(caseId, RequestOutcome.Y, RECEIVED.minusDays(1)), Rejection.VALIDATION_FAILED,
                "decidedOn", "not-before-previous-step");
    }

    @Test
    void aFinalPlanTheHubDoesNotHoldIsRefused() {
        String caseId = drafted();

        refused(() -> assessments.finalPlan(CASE_SYSTEM, HERTS, caseId, key(), new FinalPlan(FINAL_PLAN_BY,
                "NO-SUCH-" + UUID.randomUUID())), Rejection.VALIDATION_FAILED, "planId", "known-plan");
    }

    @Test
    void aFinalPlanThatIsStillADraftIsRefused() {
        String caseId = drafted();

        refused(() -> assessments.finalPlan(CASE_SYSTEM, HERTS, caseId, key(), new FinalPlan(FINAL_PLAN_BY,
                storedPlan("DRAFT"))), Rejection.VALIDATION_FAILED, "planId", "final-plan");
    }

    @Test
    void aFinalPlanWithoutAPlanIdIsRefused() {
        String caseId = drafted();

        refused(() -> assessments.finalPlan(CASE_SYSTEM, HERTS, caseId, key(), new FinalPlan(FINAL_PLAN_BY, null)),
                Rejection.VALIDATION_FAILED, "planId", "required");
    }

    @Test
    void aFinalPlanWithinTheFamilysFifteenDaysIsRefused() {
        String caseId = drafted();

        refused(() -> assessments.finalPlan(CASE_SYSTEM, HERTS, caseId, key(), new FinalPlan(REPRESENTATIONS_UNTIL,
                storedPlan("FINAL"))), Rejection.VALIDATION_FAILED, "issuedOn", "after-representation-period");
    }

    @Test
    void aPlanAlreadyIssuedForAnotherCaseIsRefused() {
        String planId = storedPlan("FINAL");
        assessments.finalPlan(CASE_SYSTEM, HERTS, drafted(), key(), new FinalPlan(FINAL_PLAN_BY, planId));
        String second = drafted();

        refused(() -> assessments.finalPlan(CASE_SYSTEM, HERTS, second, key(), new FinalPlan(FINAL_PLAN_BY, planId)),
                Rejection.CONFLICT, "planId", "plan-of-one-case");
    }

    @Test
    void aDraftBeforeTheDecisionToAssessIsRefused() {
        String caseId = request().caseId();

        refused(() -> assessments.draft(CASE_SYSTEM, HERTS, caseId, key(), new Draft(DRAFT_SERVED)),
                Rejection.CONFLICT, "caseId", "case-status");
    }

    @Test
    void anExceptionTheRegulationsDoNotAllowForThatClockIsRefused() {
        String caseId = request().caseId();

        refused(() -> exception(caseId, "FINAL_PLAN", "MISSED_APPOINTMENT", "did not attend"),
                Rejection.VALIDATION_FAILED, "exception", "exception-applies-to-clock");
    }

    @Test
    void anUnknownExceptionIsRefused() {
        String caseId = request().caseId();

        refused(() -> exception(caseId, "FINAL_PLAN", "HOLIDAY", "away"), Rejection.VALIDATION_FAILED,
                "exception", "known-exception");
    }

    @Test
    void anExceptionForAnUnknownKindOfClockIsRefused() {
        String caseId = request().caseId();

        refused(() -> exception(caseId, "WEEK_20", "ABSENT_FROM_AREA", "away"), Rejection.VALIDATION_FAILED,
                "clock", "known-clock-kind");
    }

    @Test
    void anExceptionWithoutAReasonIsRefused() {
        String caseId = request().caseId();

        refused(() -> exception(caseId, "FINAL_PLAN", "ABSENT_FROM_AREA", " "), Rejection.VALIDATION_FAILED,
                "reason", "required");
    }

    @Test
    void anExceptionForAClockTheCaseDoesNotHaveIsRefused() {
        String caseId = request().caseId();

        refused(() -> exception(caseId, "DECIDE_NOT_TO_ISSUE", "ABSENT_FROM_AREA", "away"),
                Rejection.VALIDATION_FAILED, "clock", "clock-of-case");
    }

    @Test
    void anExceptionForAClockNoLongerNeededIsRefused() {
        String caseId = request().caseId();
        decide(caseId, RequestOutcome.N, DECIDE_BY);

        refused(() -> exception(caseId, "FINAL_PLAN", "ABSENT_FROM_AREA", "away"), Rejection.CONFLICT, "clock",
                "clock-needed");
    }

    @Test
    void anExportToNoCouncilIsRefused() {
        String caseId = request().caseId();

        refused(() -> assessments.export(CASE_SYSTEM, HERTS, caseId, key(), new Export("999", DECIDE_BY)),
                Rejection.VALIDATION_FAILED, "toCouncil", "known-la-code");
    }

    @Test
    void anExportToTheSameCouncilIsRefused() {
        String caseId = request().caseId();

        refused(() -> assessments.export(CASE_SYSTEM, HERTS, caseId, key(), new Export(HERTS, DECIDE_BY)),
                Rejection.VALIDATION_FAILED, "toCouncil", "different-council");
    }

    @Test
    void anExportOfACaseWhoseAssessmentIsOverIsRefused() {
        String caseId = request().caseId();
        decide(caseId, RequestOutcome.N, DECIDE_BY);

        refused(() -> assessments.export(CASE_SYSTEM, HERTS, caseId, key(), new Export("821", DECIDE_BY)),
                Rejection.CONFLICT, "caseId", "assessment-in-progress");
    }

    @Test
    void aListReachingTooFarIsRefused() {
        refused(() -> reader.councilClocks(CASE_SYSTEM, HERTS, 261, null, null, null), Rejection.INVALID_VALUE,
                "within", "range-0-260");
    }

    @Test
    void aListOfAnUnknownKindOfClockIsRefused() {
        refused(() -> reader.councilClocks(CASE_SYSTEM, HERTS, 20, null, "WEEK_20", null), Rejection.INVALID_VALUE,
                "kind", "known-clock-kind");
    }

    @Test
    void aListWaitingOnNeitherARoleNorACodeIsRefused() {
        refused(() -> reader.councilClocks(CASE_SYSTEM, HERTS, 20, "the school!", null, null),
                Rejection.INVALID_VALUE, "waitingOn", "role-or-authority-code");
    }

    @Test
    void anotherCouncilsListIsRefused() {
        refused(() -> reader.councilClocks(LUTON, HERTS, 20, null, null, null), Rejection.NOT_YOUR_AUTHORITY,
                "council", "own-authority-only");
    }

    private void refused(ThrowingCallable call, Rejection rejection, String field, String rule) {
        long events = count("journey_event");
        long clocks = count("statutory_clock");
        long cases = count("ehc_case");
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.rejection()).isEqualTo(rejection);
            assertThat(e.violations()).anySatisfy(v -> {
                assertThat(v.field()).isEqualTo(field);
                assertThat(v.rule()).isEqualTo(rule);
            });
        });
        assertThat(count("journey_event")).as("events").isEqualTo(events);
        assertThat(count("statutory_clock")).as("clocks").isEqualTo(clocks);
        assertThat(count("ehc_case")).as("cases").isEqualTo(cases);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private JourneyView request() {
        return assessments.request(CASE_SYSTEM, HERTS, key(), new Request(RECEIVED, 1, CHILD));
    }

    private JourneyView decide(String caseId, RequestOutcome outcome, LocalDate on) {
        return assessments.decide(CASE_SYSTEM, HERTS, caseId, key(), new Decision(outcome, on));
    }

    private JourneyView exception(String caseId, String clock, String exception, String reason) {
        return assessments.recordException(CASE_SYSTEM, HERTS, caseId, key(),
                new AppliedException(clock, null, exception, reason));
    }

    private String assessing() {
        String caseId = request().caseId();
        decide(caseId, RequestOutcome.Y, LocalDate.of(2026, 4, 10));
        return caseId;
    }

    private String drafted() {
        String caseId = assessing();
        assessments.draft(CASE_SYSTEM, HERTS, caseId, key(), new Draft(DRAFT_SERVED));
        return caseId;
    }

    /** A plan Hertfordshire holds on the hub, as PUT /api/v1/plans would have stored it. */
    private String storedPlan(String status) {
        String planId = "HCC-T-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO ehc_plan (plan_id, owning_la, status, version, document, created_at, updated_at)
                        VALUES (?, ?, ?, 1, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(planId, HERTS, status, "{\"planId\":\"" + planId + "\",\"owningCouncil\":\"919\"}")
                .update();
        return planId;
    }

    private static ClockView clock(JourneyView view, ClockKind kind) {
        return view.clocks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static String key() {
        return "k-" + UUID.randomUUID();
    }
}
