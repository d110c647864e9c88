package uk.ehcexchange.hub.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.ehcexchange.statutory.ClockException;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * What every journey service writes through: events as they happen and the clocks they start and stop. Services
 * call it inside their own transaction, so an event and the clocks it moves are written together or not at all.
 *
 * <p>Whether a deadline was met is decided here, from the date of the hub's own closing event, never from a
 * caller's say-so. Opening a clock that exists and closing one that is not open are no-ops, so a service can
 * replay a step without double counting.
 */
@Service
public class JourneyLog {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyLog.class);

    private final JourneyRepository journeys;
    private final Clock clock;

    public JourneyLog(JourneyRepository journeys, Clock clock) {
        this.journeys = journeys;
        this.clock = clock;
    }

    /**
     * Records that something happened on {@code occurredOn} (callers have refused future dates already).
     *
     * @param detail never personal data: it is shown to every party that can read the journey
     */
    public JourneyEvent record(String caseId, String kind, LocalDate occurredOn, String actor, String party,
                               String detail, String ref) {
        JourneyEvent event = new JourneyEvent(UUID.randomUUID().toString(), caseId, kind, occurredOn, clock.instant(),
                actor, party, detail, ref);
        journeys.insertEvent(event);
        return event;
    }

    /**
     * Starts a clock; a no-op when the case already has a clock of that kind and ref (the first one stands).
     *
     * @param ref the advice request / review the clock belongs to, or null when a case has only one of its kind
     * @return true when this call started it
     */
    public boolean openClock(String caseId, ClockKind kind, String ref, StatutoryDate due, LocalDate startedOn,
                             WaitingOn waitingOn) {
        Objects.requireNonNull(due, "due");
        if (journeys.findClock(caseId, kind, refOf(ref)).isPresent()) {
            return false;
        }
        JourneyCase owner = journeys.findCase(caseId)
                .orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        journeys.insertClock(new CaseClock(UUID.randomUUID().toString(), caseId, owner.council(), kind, refOf(ref),
                startedOn, due.date(), due.rule(), due.source(), waitingOn, null, null, null, null,
                ClockStatus.OPEN));
        return true;
    }

    /**
     * Stops an open clock with the event that did what it waited for: MET when the event happened on or before the
     * due date, LATE after it. Unknown or already closed clocks are left as they are.
     *
     * @return the clock as it now stands, when there is one
     */
    public Optional<CaseClock> closeClock(String caseId, ClockKind kind, String ref, JourneyEvent closing) {
        return close(caseId, kind, ref, closing, null);
    }

    /** The duty fell away (e.g. the council decided not to assess, so no final plan is due). */
    public Optional<CaseClock> notNeeded(String caseId, ClockKind kind, String ref, JourneyEvent why) {
        return close(caseId, kind, ref, why, ClockStatus.NOT_NEEDED);
    }

    /**
     * Records an exception the regulations allow (e.g. reg 10(4)(c)) with its reason. The statutory due date is
     * kept and still shown: the exception explains a late date, it does not move it.
     *
     * @return false when the case has no such clock
     * @throws IllegalArgumentException when the regulations do not allow this exception for this kind of clock
     *                                  (services refuse that as bad input first)
     */
    public boolean recordException(String caseId, ClockKind kind, String ref, ClockException exception,
                                   String reason) {
        if (!exception.appliesTo(kind.name())) {
            throw new IllegalArgumentException(exception + " does not apply to " + kind);
        }
        return journeys.findClock(caseId, kind, refOf(ref))
                .map(found -> journeys.recordException(found.clockId(), exception.name(), reason))
                .orElse(false);
    }

    private Optional<CaseClock> close(String caseId, ClockKind kind, String ref, JourneyEvent event,
                                      ClockStatus forced) {
        Optional<CaseClock> found = journeys.findClock(caseId, kind, refOf(ref));
        if (found.isEmpty()) {
            return found;
        }
        CaseClock open = found.get();
        if (open.status() != ClockStatus.OPEN) {
            LOG.info("journey clock {} of case {} was already {}; left as it is", kind, caseId, open.status());
            return found;
        }
        ClockStatus status = forced != null ? forced
                : event.occurredOn().isAfter(open.dueOn()) ? ClockStatus.LATE : ClockStatus.MET;
        LocalDate metOn = status == ClockStatus.NOT_NEEDED ? null : event.occurredOn();
        journeys.closeClock(open.clockId(), status, metOn, event.eventId());
        return journeys.findClock(caseId, kind, refOf(ref));
    }

    /** A clock without a ref is stored with '' so the unique key (case, kind, ref) holds on every database. */
    static String refOf(String ref) {
        return ref == null ? "" : ref;
    }
}
