package uk.ehcexchange.hub.journey;

import java.time.LocalDate;

/**
 * One statutory clock of a case as stored.
 *
 * @param ref             the advice request / review it belongs to; empty when the clock has none
 * @param rule            how the due date was reached for this case, in words
 * @param exceptionCode   the exception the regulations allow that the council recorded, if any; the due date stays
 * @param metOn           the day of the event that closed it, set only by the hub
 * @param closedByEvent   that event's id
 */
public record CaseClock(String clockId, String caseId, String council, ClockKind kind, String ref,
                        LocalDate startedOn, LocalDate dueOn, String rule, String source, WaitingOn waitingOn,
                        String exceptionCode, String exceptionReason, LocalDate metOn, String closedByEvent,
                        ClockStatus status) {

    /** An open clock whose last day has passed; worked out when read, so it is never stale. */
    public boolean overdueOn(LocalDate today) {
        return status == ClockStatus.OPEN && dueOn.isBefore(today);
    }
}
