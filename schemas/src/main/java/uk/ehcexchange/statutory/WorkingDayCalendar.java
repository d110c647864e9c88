package uk.ehcexchange.statutory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days in England: every day except Saturday, Sunday and the England and Wales bank holidays
 * (Christmas Day and Good Friday included).
 *
 * <p>Every question about a date outside the holiday list's years throws {@link OutsideCalendarException},
 * weekends included, so a computation cannot succeed or fail depending on which weekday it happens to touch.
 */
public final class WorkingDayCalendar {

    private final BankHolidays bankHolidays;

    public WorkingDayCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    /** Working days in England, from the shipped England and Wales bank holiday list. */
    public static WorkingDayCalendar england() {
        return new WorkingDayCalendar(BankHolidays.englandAndWales());
    }

    public BankHolidays bankHolidays() {
        return bankHolidays;
    }

    /**
     * @throws OutsideCalendarException if {@code date} is outside the covered years
     */
    public boolean isWorkingDay(LocalDate date) {
        bankHolidays.requireCovered(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
    }

    /**
     * The {@code n}-th working day of a period that begins with {@code start}: "beginning with" includes the
     * start day, so {@code start} is day 1 when it is a working day; otherwise day 1 is the next working day.
     * {@code n = 1} therefore returns {@code start} itself or the next working day.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     * @throws OutsideCalendarException if the count runs outside the covered years
     */
    public LocalDate nthWorkingDayBeginningWith(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day) && ++counted == n) {
                return day;
            }
            day = day.plusDays(1);
        }
    }

    /**
     * The number of working days in {@code [fromInclusive, toExclusive)}; 0 when the two are equal.
     *
     * @throws IllegalArgumentException if {@code fromInclusive} is after {@code toExclusive} (a negative count
     *                                  would hide a caller's swapped arguments)
     * @throws OutsideCalendarException if the range reaches outside the covered years
     */
    public int workingDaysBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (fromInclusive.isAfter(toExclusive)) {
            throw new IllegalArgumentException("fromInclusive " + fromInclusive + " is after toExclusive "
                    + toExclusive);
        }
        int count = 0;
        for (LocalDate day = fromInclusive; day.isBefore(toExclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
