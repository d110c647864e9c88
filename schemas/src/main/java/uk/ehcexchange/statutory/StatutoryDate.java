package uk.ehcexchange.statutory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed statutory deadline.
 *
 * @param date   the last day on which the duty is done in time
 * @param rule   how the date was reached for this particular case, in words a caseworker or family can check
 * @param source the legal provision, e.g. "SEND Regulations 2014, reg 15(2)"
 */
public record StatutoryDate(LocalDate date, String rule, String source) {

    public StatutoryDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
    }
}
