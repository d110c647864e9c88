package uk.ehcexchange.hub.transfer;

import java.time.LocalDate;
import uk.ehcexchange.statutory.StatutoryDate;

/** A statutory deadline as the API shows it: the date, the rule applied to this case and its legal source. */
public record Deadline(DeadlineKind kind, LocalDate dueOn, String rule, String source) {

    public static Deadline of(DeadlineKind kind, StatutoryDate date) {
        return new Deadline(kind, date.date(), date.rule(), date.source());
    }
}
