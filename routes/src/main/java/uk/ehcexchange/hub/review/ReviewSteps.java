package uk.ehcexchange.hub.review;

import static uk.ehcexchange.hub.review.ReviewRepository.columns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.statutory.ReviewClock;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * One step of one review, inside the caller's transaction: the order rules, the row, the journey event and the
 * clocks it opens and closes. Made per request; holds no state between requests.
 */
final class ReviewSteps {

    private final ReviewRepository repository;
    private final ReviewJourney journey;
    private final PlanService plans;
    private final ReviewClock reviewClock;
    private final Clock clock;
    private final ClientIdentity client;

    ReviewSteps(ReviewRepository repository, ReviewJourney journey, PlanService plans, ReviewClock reviewClock,
                Clock clock, ClientIdentity client) {
        this.repository = repository;
        this.journey = journey;
        this.plans = plans;
        this.reviewClock = reviewClock;
        this.clock = clock;
        this.client = client;
    }

    void record(Review review, NewStep step) {
        switch (step.step()) {
            case MEETING_HELD -> meetingHeld(review, step.on());
            case REPORT_SENT -> reportSent(review, step.on());
            case DECISION -> decision(review, step);
            case AMENDMENTS_SERVED -> amendmentsServed(review, step.on());
            case REPRESENTATIONS_RECEIVED -> representationsReceived(review, step.on());
            case AMENDED_FINAL_PLAN -> amendedFinalPlan(review, step);
        }
    }

    /** The report and decision clocks run from the meeting (reg 20(7), 20(10); 21(7), 21(8)). */
    private void meetingHeld(Review review, LocalDate on) {
        notBefore(review, on, review.invitedOn(), "invitations");
        once(review, "held_on", columns("held_on", on), ReviewStep.MEETING_HELD);
        JourneyEvent held = event(review, "REVIEW_MEETING_HELD", on, "meeting held");
        council(review, ClockKind.REVIEW_REPORT, review.reviewId(), reviewClock.reviewReportBy(on), held.occurredOn());
        council(review, ClockKind.REVIEW_DECISION, review.reviewId(), reviewClock.reviewDecisionBy(on), on);
    }

    private void reportSent(Review review, LocalDate on) {
        requireHeld(review);
        notBefore(review, on, review.heldOn(), "meeting");
        once(review, "report_sent_on", columns("report_sent_on", on), ReviewStep.REPORT_SENT);
        journey.close(review.caseId(), ClockKind.REVIEW_REPORT, review.reviewId(),
                event(review, "REVIEW_REPORT_SENT", on, "review report sent to those invited"));
    }

    /**
     * The decision concludes the review: the s44 clock of this cycle closes and, unless the plan is to cease, the
     * next cycle's opens, 12 months beginning with the decision. A phase-transfer review that keeps the plan as it is
     * (or ceases it) has met reg 18 with the decision; one that amends meets it with the amended plan.
     */
    private void decision(Review review, NewStep step) {
        requireHeld(review);
        if (review.reportSentOn() == null) {
            throw Reviews.outOfOrder(review.reviewId(), "report-sent-first",
                    "the council decides having regard to the review report (reg 20(10)): record REPORT_SENT first");
        }
        notBefore(review, step.on(), review.heldOn(), "meeting");
        int version = plans.ownPlan(client, review.planId()).version();
        Map<String, Object> columns = columns("decided_on", step.on(), "outcome", step.outcome().name(),
                "cease_reason", step.ceaseReason(), "plan_version_at_decision", version);
        once(review, "decided_on", columns, ReviewStep.DECISION);
        String detail = "decided to " + step.outcome().name().toLowerCase() + " (SEN2 ReviewOutcome "
                + step.outcome().sen2() + (step.ceaseReason() == null ? "" : ", CeaseReason " + step.ceaseReason())
                + ")";
        JourneyEvent decided = event(review, "REVIEW_DECIDED", step.on(), detail);
        journey.close(review.caseId(), ClockKind.REVIEW_DECISION, review.reviewId(), decided);
        journey.close(review.caseId(), ClockKind.ANNUAL_REVIEW, Reviews.cycleRef(review.cycle()), decided);
        if (step.outcome() != ReviewOutcome.AMEND) {
            journey.close(review.caseId(), ClockKind.PHASE_TRANSFER, review.reviewId(), decided);
        }
        if (step.outcome() != ReviewOutcome.CEASE) {
            council(review, ClockKind.ANNUAL_REVIEW, Reviews.cycleRef(review.cycle() + 1),
                    reviewClock.nextReviewBy(step.on()), step.on());
        }
    }

    /** The family has 15 days for representations; the amended plan is due within 8 weeks (reg 22(2)-(3)). */
    private void amendmentsServed(Review review, LocalDate on) {
        if (review.outcome() != ReviewOutcome.AMEND) {
            throw Reviews.outOfOrder(review.reviewId(), "decided-to-amend",
                    "amendments are served after a DECISION to AMEND");
        }
        notBefore(review, on, review.decidedOn(), "decision");
        once(review, "amendments_served_on", columns("amendments_served_on", on), ReviewStep.AMENDMENTS_SERVED);
        event(review, "REVIEW_AMENDMENTS_SERVED", on, "plan and proposed amendments sent to the family");
        journey.open(review.caseId(), ClockKind.AMENDMENT_REPRESENTATIONS, review.reviewId(),
                reviewClock.amendmentRepresentationsUntil(on), on, WaitingOn.Role.PARENT_OR_YOUNG_PERSON, null);
        council(review, ClockKind.AMENDED_FINAL_PLAN, review.reviewId(), reviewClock.amendedFinalPlanBy(on), on);
    }

    private void representationsReceived(Review review, LocalDate on) {
        requireServed(review);
        notBefore(review, on, review.amendmentsServedOn(), "amendments-served");
        once(review, "representations_received_on", columns("representations_received_on", on),
                ReviewStep.REPRESENTATIONS_RECEIVED);
        journey.close(review.caseId(), ClockKind.AMENDMENT_REPRESENTATIONS, review.reviewId(),
                event(review, "REVIEW_REPRESENTATIONS_RECEIVED", on, "the family's representations received"));
    }

    /**
     * The amended final plan is a version of the plan the council stored through the plan API after its decision.
     * It cannot be issued while the family may still make representations, unless they have made them.
     */
    private void amendedFinalPlan(Review review, NewStep step) {
        requireServed(review);
        notBefore(review, step.on(), review.amendmentsServedOn(), "amendments-served");
        int current = plans.ownPlan(client, review.planId()).version();
        if (step.planVersion() <= review.planVersionAtDecision() || step.planVersion() > current) {
            throw RejectedException.of(Rejection.VALIDATION_FAILED, "planVersion", "amended-plan-version",
                    "must be a version stored after the decision: " + (review.planVersionAtDecision() + 1)
                            + " to " + current, review.reviewId());
        }
        StatutoryDate representationsUntil = reviewClock.amendmentRepresentationsUntil(review.amendmentsServedOn());
        boolean familyHeard = review.representationsReceivedOn() != null;
        if (!familyHeard && !step.on().isAfter(representationsUntil.date())) {
            throw Reviews.outOfOrder(review.reviewId(), "representation-period-over",
                    "the family may make representations until " + representationsUntil.date() + " (reg 22(2)):"
                            + " record REPRESENTATIONS_RECEIVED, or issue the plan after that day");
        }
        once(review, "amended_plan_issued_on", columns("amended_plan_issued_on", step.on(), "amended_plan_version",
                step.planVersion()), ReviewStep.AMENDED_FINAL_PLAN);
        JourneyEvent issued = event(review, "REVIEW_AMENDED_FINAL_PLAN", step.on(),
                "amended final plan issued: plan version " + step.planVersion());
        journey.close(review.caseId(), ClockKind.AMENDED_FINAL_PLAN, review.reviewId(), issued);
        journey.close(review.caseId(), ClockKind.PHASE_TRANSFER, review.reviewId(), issued);
        if (!familyHeard) {
            journey.notNeeded(review.caseId(), ClockKind.AMENDMENT_REPRESENTATIONS, review.reviewId(), issued);
        }
    }

    private JourneyEvent event(Review review, String kind, LocalDate on, String detail) {
        return journey.event(review.caseId(), kind, on, client, null, detail, review.reviewId());
    }

    private void council(Review review, ClockKind kind, String ref, StatutoryDate due, LocalDate startedOn) {
        journey.open(review.caseId(), kind, ref, due, startedOn, WaitingOn.Role.COUNCIL, review.council());
    }

    private void once(Review review, String guard, Map<String, Object> columns, ReviewStep step) {
        if (!repository.recordOnce(review.reviewId(), guard, columns, clock.instant())) {
            throw Reviews.outOfOrder(review.reviewId(), "step-once",
                    step + " is already recorded for review " + review.reviewId());
        }
    }

    private static void requireHeld(Review review) {
        if (review.heldOn() == null) {
            throw Reviews.outOfOrder(review.reviewId(), "meeting-held-first", "record MEETING_HELD first");
        }
    }

    private static void requireServed(Review review) {
        if (review.amendmentsServedOn() == null) {
            throw Reviews.outOfOrder(review.reviewId(), "amendments-served-first",
                    "record AMENDMENTS_SERVED first");
        }
    }

    private static void notBefore(Review review, LocalDate on, LocalDate earlier, String what) {
        if (on.isBefore(earlier)) {
            throw Reviews.beforeEarlierStep(review.reviewId(), what, earlier);
        }
    }
}
