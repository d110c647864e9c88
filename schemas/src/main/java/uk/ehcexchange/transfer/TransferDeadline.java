package uk.ehcexchange.transfer;

import java.time.LocalDate;
import java.util.Objects;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * A statutory deadline as computed by the sender, carried in the manifest so both authorities see the same dates
 * and how they were reached. A receiver may recompute them; the manifest value is the sender's statement.
 *
 * @param kind   which deadline
 * @param dueOn  the last day on which the duty is done in time
 * @param rule   how the date was reached, in words a caseworker or family can check (no personal data)
 * @param source the legal provision, e.g. "SEND Regulations 2014, reg 15(2)"
 */
public record TransferDeadline(DeadlineKind kind, LocalDate dueOn, String rule, String source) {

    /** The deadline of this kind computed by {@code uk.ehcexchange.statutory.Reg15Clock}. */
    public static TransferDeadline of(DeadlineKind kind, StatutoryDate date) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        return new TransferDeadline(kind, date.date(), date.rule(), date.source());
    }
}
