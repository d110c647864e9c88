package uk.ehcexchange.hub.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.ClockView;
import uk.ehcexchange.hub.journey.JourneyCase;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.JourneyLog;
import uk.ehcexchange.hub.journey.JourneyReader;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * A review's events and clocks on the child's journey: the one place the review package speaks to the journey
 * framework. Called inside the caller's transaction, so a step and its events and clocks are kept together or not
 * at all.
 */
@Component
class ReviewJourney {

    private final JourneyCases cases;
    private final JourneyLog log;
    private final JourneyReader reader;

    ReviewJourney(JourneyCases cases, JourneyLog log, JourneyReader reader) {
        this.cases = cases;
        this.log = log;
        this.reader = reader;
    }

    /** The plan's case at the council, opened on first use; the caller has checked the plan is the council's. */
    String caseFor(String council, String planId) {
        return cases.forPlan(council, planId).map(JourneyCase::caseId)
                .orElseThrow(() -> PlanService.unknownPlan(planId));
    }

    JourneyEvent event(String caseId, String kind, LocalDate on, ClientIdentity actor, String party, String detail,
                       String ref) {
        return log.record(caseId, kind, on, actor.clientId(), party, detail, ref);
    }

    void open(String caseId, ClockKind kind, String ref, StatutoryDate due, LocalDate startedOn, WaitingOn.Role role,
              String party) {
        log.openClock(caseId, kind, ref, due, startedOn, new WaitingOn(role, party));
    }

    void close(String caseId, ClockKind kind, String ref, JourneyEvent closing) {
        log.closeClock(caseId, kind, ref, closing);
    }

    void notNeeded(String caseId, ClockKind kind, String ref, JourneyEvent why) {
        log.notNeeded(caseId, kind, ref, why);
    }

    /** The case's clocks with these refs, as the journey shows them (met, late, open or overdue today). */
    List<ClockView> clocks(String caseId, Collection<String> refs) {
        return reader.view(caseId).clocks().stream().filter(c -> refs.contains(c.ref())).toList();
    }
}
