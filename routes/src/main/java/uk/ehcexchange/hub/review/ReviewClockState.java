package uk.ehcexchange.hub.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A clock of the review as the journey holds it: due date, rule, source, who is waited on, and the status the hub
 * derived from its own events (OPEN, MET, LATE, NOT_NEEDED; {@code overdue} for an OPEN clock past its date).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewClockState(String kind, String ref, LocalDate startedOn, LocalDate dueOn, String rule,
                               String source, String waitingOnRole, String waitingOn, String status, LocalDate metOn,
                               Boolean overdue) {
}
