package uk.ehcexchange.hub.journey;

import java.time.LocalDate;
import uk.ehcexchange.statutory.ClockException;
import uk.ehcexchange.statutory.StatutoryDuty;

/**
 * A clock as a reader sees it: its due date with the rule and source, whom it waits on, whether it was met (from
 * the hub's own events) or is overdue today, and any exception with the council's reason and the paragraph that
 * allows it. The due date is always the statutory one, exception or not.
 *
 * @param ref               the advice request or review the clock belongs to; null when the case has one of its kind
 * @param overdue           open and past its due date today
 * @param exceptionSource   the paragraph allowing the exception for this clock
 */
public record ClockView(String caseId, String council, ClockKind kind, String duty, String ref, LocalDate startedOn,
                        LocalDate due, String rule, String source, WaitingOn waitingOn, ClockStatus status,
                        boolean overdue, LocalDate metOn, String exception, String exceptionMeaning,
                        String exceptionSource, String exceptionReason) {

    static ClockView of(CaseClock clock, LocalDate today) {
        ClockException exception = clock.exceptionCode() == null ? null
                : ClockException.valueOf(clock.exceptionCode());
        StatutoryDuty duty = StatutoryDuty.named(clock.kind().name());
        return new ClockView(clock.caseId(), clock.council(), clock.kind(), clock.kind().duty(),
                clock.ref().isEmpty() ? null : clock.ref(), clock.startedOn(), clock.dueOn(), clock.rule(),
                clock.source(), clock.waitingOn(), clock.status(), clock.overdueOn(today), clock.metOn(),
                clock.exceptionCode(), exception == null ? null : exception.meaning(),
                exception == null || duty == null || !exception.appliesTo(duty) ? null : exception.source(duty),
                clock.exceptionReason());
    }
}
