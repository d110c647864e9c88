package uk.ehcexchange.statutory;

import java.time.LocalDate;

/**
 * Thrown when a date falls outside the years the bank holiday list covers.
 *
 * <p>A deadline computed against a guessed calendar would be wrong without anyone noticing, so callers get a
 * loud failure instead; the fix is to extend the shipped list from the published GOV.UK data.
 */
public final class OutsideCalendarException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final LocalDate firstCovered;
    private final LocalDate lastCovered;

    public OutsideCalendarException(LocalDate date, LocalDate firstCovered, LocalDate lastCovered) {
        super(date + " is outside the England and Wales bank holiday calendar, which covers the years "
                + firstCovered.getYear() + " to " + lastCovered.getYear()
                + " (" + firstCovered + " to " + lastCovered + "); extend " + BankHolidays.RESOURCE
                + " from the published GOV.UK list to compute deadlines involving other years");
        this.date = date;
        this.firstCovered = firstCovered;
        this.lastCovered = lastCovered;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate firstCovered() {
        return firstCovered;
    }

    public LocalDate lastCovered() {
        return lastCovered;
    }
}
