package uk.ehcexchange.hub.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.journey.CaseClock;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.ClockStatus;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.JourneyLog;
import uk.ehcexchange.hub.journey.JourneyRepository;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.hub.plan.PlanHandedOver;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.PlanStatus;

/**
 * When a plan moves to another council (reg 15), the old council's review duties end with it: its open review
 * clocks become NOT_NEEDED, with an event saying why; and the new council's first review is due by the reg 15(5)
 * date the hub recorded on arrival, so its s44 clock opens at once and shows in its due list. Runs inside the
 * transaction that stores the transfer; it never refuses the transfer (a plan it cannot date is left to the first
 * review call, which says why).
 */
@Component
class ReviewsOnTransfer {

    private static final Logger log = LoggerFactory.getLogger(ReviewsOnTransfer.class);
    private static final Set<ClockKind> REVIEW_CLOCKS = EnumSet.of(ClockKind.ANNUAL_REVIEW,
            ClockKind.REVIEW_MEETING_NOTICE, ClockKind.REVIEW_ADVICE, ClockKind.REVIEW_REPORT,
            ClockKind.REVIEW_DECISION, ClockKind.AMENDMENT_REPRESENTATIONS, ClockKind.AMENDED_FINAL_PLAN,
            ClockKind.PHASE_TRANSFER);
    private static final String HUB = "ehc-hub";

    private final JourneyCases cases;
    private final JourneyLog journeyLog;
    private final JourneyRepository journeys;
    private final ReviewRepository repository;
    private final ReviewDueDates dues;
    private final Clock clock;

    ReviewsOnTransfer(JourneyCases cases, JourneyLog journeyLog, JourneyRepository journeys,
                      ReviewRepository repository, ReviewDueDates dues, Clock clock) {
        this.cases = cases;
        this.journeyLog = journeyLog;
        this.journeys = journeys;
        this.repository = repository;
        this.dues = dues;
        this.clock = clock;
    }

    @EventListener
    public void planHandedOver(PlanHandedOver handedOver) {
        EhcPlan plan = handedOver.plan();
        if (plan.status() != PlanStatus.FINAL) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (!plan.owningCouncil().equals(handedOver.toCouncil())) {
            endAt(plan.owningCouncil(), plan.planId(), handedOver.toCouncil(), today);
        }
        startAt(handedOver.toCouncil(), plan, today);
    }

    /** The old council's case, if it has one here: it no longer maintains the plan, so it cannot open one now. */
    private void endAt(String council, String planId, String toCouncil, LocalDate today) {
        cases.forPlan(council, planId).ifPresent(found -> {
            var open = journeys.clocks(found.caseId()).stream()
                    .filter(c -> c.status() == ClockStatus.OPEN && REVIEW_CLOCKS.contains(c.kind())).toList();
            if (open.isEmpty()) {
                return;
            }
            JourneyEvent moved = journeyLog.record(found.caseId(), "REVIEW_ENDED_BY_TRANSFER", today, HUB, toCouncil,
                    "plan transferred to " + toCouncil + " (reg 15): the review duties here end", null);
            for (CaseClock clockToEnd : open) {
                journeyLog.notNeeded(found.caseId(), clockToEnd.kind(), clockToEnd.ref(), moved);
            }
            log.info("Plan transferred from {} to {}: {} open review clock(s) there no longer needed", council,
                    toCouncil, open.size());
        });
    }

    private void startAt(String council, EhcPlan plan, LocalDate today) {
        var reviews = repository.forPlan(council, plan.planId());
        Review.Due due;
        try {
            due = dues.next(council, plan.planId(), plan.dates(), reviews);
        } catch (RejectedException undated) {
            log.info("Plan transferred to {} has no issue date: its review clock opens at the first review call",
                    council);
            return;
        }
        if (due == null || reviews.stream().anyMatch(r -> !r.concluded())) {
            return;
        }
        cases.forPlan(council, plan.planId()).ifPresent(found -> journeyLog.openClock(found.caseId(),
                ClockKind.ANNUAL_REVIEW, Reviews.cycleRef(reviews.size() + 1), ReviewService.statutory(due), today,
                WaitingOn.council(council)));
    }
}
