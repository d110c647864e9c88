package uk.ehcexchange.statutory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The hub's counting rules for periods in calendar weeks and days, shared by {@link AssessmentClock},
 * {@link ReviewClock} and {@link PhaseTransferClock}, with the words that explain them in a clock's rule.
 *
 * <ul>
 *   <li>"within N weeks of X": the day of X is not counted, so the last day is X + N weeks (the same weekday as
 *       X). This is the reading the hub already applies in {@link Reg15Clock#familyNotificationBy} and to an
 *       advice request's due date; some practitioners count X as day 1, which would end the period a day earlier,
 *       and the rule text names that date too so either reading can be checked.</li>
 *   <li>"at least N days beginning with X": X is day 1, so the period's last day is X + (N - 1) days.</li>
 *   <li>"at least N weeks before X": the last day is X - N weeks, the mirror of "within N weeks of".</li>
 *   <li>Calendar weeks and days are not moved off weekends or bank holidays: the regulations say "working days"
 *       where they mean them (regs 15 and 16). The rule only says when the date falls on such a day.</li>
 * </ul>
 */
final class CalendarCounting {

    static final String NOT_MOVED = "the weeks are calendar weeks, so the date is not moved for weekends or bank"
            + " holidays";

    private CalendarCounting() {
    }

    /** "within {@code weeks} weeks of {@code trigger}": the last day, {@code trigger + weeks}. */
    static LocalDate weeksOf(LocalDate trigger, int weeks) {
        return trigger.plusWeeks(weeks);
    }

    /**
     * The rule text for "within N weeks of" a trigger: "{@code duty} within N weeks of {@code triggerWords}
     * (date): by date, D days after it; ...".
     */
    static String weeksOfRule(String duty, int weeks, String triggerWords, LocalDate trigger, LocalDate due,
                              BankHolidays holidays) {
        return duty + " within " + weeks + " weeks of " + triggerWords + " (" + trigger + "): by " + due + ", "
                + (weeks * 7) + " days after it; the hub does not count the day of " + triggerWords
                + " itself (the wording is \"within " + weeks + " weeks of\", not \"beginning with\"; counting"
                + " it as day 1, as some practitioners do, would give " + due.minusDays(1) + "), and "
                + NOT_MOVED + nonWorkingDayNote(due, holidays);
    }

    /** The last day of "at least {@code days} days beginning with {@code first}": {@code first} is day 1. */
    static LocalDate lastOfDaysBeginningWith(LocalDate first, int days) {
        return first.plusDays(days - 1L);
    }

    /**
     * The rule text for the family's "at least 15 days beginning with the day on which [it] was served" (regs 13(1),
     * 22(2)(c)); {@code servedWhat} names what was served, e.g. "the draft plan".
     */
    static String representationsRule(String servedWhat, LocalDate served, LocalDate last, BankHolidays holidays) {
        return "the parent or young person has at least 15 days, beginning with the day " + servedWhat + " served ("
                + served + "), to make representations, ask for a school or other institution to be named and ask"
                + " for a meeting: the day served is day 1, so day 15 is " + last + "; the days are calendar days, so"
                + " the date is not moved for weekends or bank holidays" + nonWorkingDayNote(last, holidays);
    }

    /** "at least {@code weeks} weeks before {@code event}": the last day, {@code event - weeks}. */
    static LocalDate weeksBefore(LocalDate event, int weeks) {
        return event.minusWeeks(weeks);
    }

    /**
     * "" for a working day; otherwise " (date is a Saturday / a bank holidays (title); it stays the deadline)".
     * Never throws: a date outside the bank holiday list's years is only checked for weekends, because a note
     * must not make an otherwise computable deadline fail.
     */
    static String nonWorkingDayNote(LocalDate date, BankHolidays holidays) {
        DayOfWeek day = date.getDayOfWeek();
        String what = null;
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            what = "a " + day.getDisplayName(TextStyle.FULL, Locale.UK);
        } else if (!date.isBefore(holidays.firstCovered()) && !date.isAfter(holidays.lastCovered())
                && holidays.isBankHoliday(date)) {
            what = "a bank holiday (" + holidays.holidays().get(date) + ")";
        }
        return what == null ? "" : " (" + date + " is " + what + "; it stays the deadline)";
    }
}
