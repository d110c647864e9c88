package uk.ehcexchange.statutory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Deadlines when a child or young person with an EHC plan moves to another local authority in England
 * (Special Educational Needs and Disability Regulations 2014, regulation 15). Pure functions of their
 * arguments and the working-day calendar; nothing reads the clock.
 *
 * <h2>Interpretations</h2>
 * <ul>
 *   <li><b>"aware of the move at least 15 working days prior to that move" (reg 15(2))</b>: there are at least
 *       15 working days in {@code [awareOn, moveDate)} &mdash; the awareness day counts (when it is a working
 *       day), the day of the move does not. This mirrors the second limb, where the 15 working days also
 *       begin with the awareness day, so the old authority always has at least 15 working days counted the
 *       same way. Awareness on or after the day of the move is never "at least 15 working days prior".</li>
 *   <li><b>"within 15 working days beginning with the day on which it did become aware" (reg 15(2))</b>: the
 *       15th working day of a period whose day 1 is the awareness day if that is a working day, otherwise the
 *       next working day. The deadline is on or after the day of the move whenever this limb applies.</li>
 *   <li><b>"within 6 weeks of the date of the transfer" (reg 15(4))</b>: the day of the transfer is not counted
 *       (the usual rule for a period running from an event, as restated in <i>Dodds v Walker</i> [1981]
 *       1 WLR 1027 (HL); the drafting uses "beginning with" where the day is meant to count), so the last day
 *       is {@code transferDate + 42 days}, the same weekday as the transfer. Weeks are calendar weeks, so the
 *       deadline is not moved off weekends or bank holidays.</li>
 *   <li><b>"the period of N months beginning with D" (reg 15(5))</b>: the period includes D and ends at the
 *       end of the day before the day numbered like D in the N-th following month (12 months beginning with
 *       10 March 2026 ends 9 March 2027). Where that month has no such day (31st in a 30-day month, 29 February
 *       in a common year) the period ends on the last day of that month (the corresponding-date rule of
 *       <i>Dodds v Walker</i>). See {@link #lastDayOfMonthsBeginningWith(LocalDate, int)}.</li>
 * </ul>
 */
public final class Reg15Clock {

    static final String TRANSFER_SOURCE = "SEND Regulations 2014, reg 15(2)";
    static final String FAMILY_NOTIFICATION_SOURCE = "SEND Regulations 2014, reg 15(4)";
    static final String REVIEW_12_MONTHS_SOURCE = "SEND Regulations 2014, reg 15(5)(a)";
    static final String REVIEW_3_MONTHS_SOURCE = "SEND Regulations 2014, reg 15(5)(b)";

    private static final int NOTICE_WORKING_DAYS = 15;
    private static final int FAMILY_NOTIFICATION_WEEKS = 6;
    private static final int REVIEW_MONTHS_AFTER_PLAN = 12;
    private static final int REVIEW_MONTHS_AFTER_TRANSFER = 3;

    private final WorkingDayCalendar calendar;

    public Reg15Clock(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * When the old authority must transfer the plan to the new authority (reg 15(2)): on the day of the move
     * if it became aware of the move at least 15 working days before it (at least 15 working days in
     * {@code [awareOn, moveDate)}), otherwise within 15 working days beginning with the day it became aware.
     * {@code awareOn} may be after {@code moveDate} (the council learned late); that is always the second case.
     *
     * @throws OutsideCalendarException if the working days needed lie outside the bank holiday list
     */
    public StatutoryDate transferBy(LocalDate moveDate, LocalDate awareOn) {
        Objects.requireNonNull(moveDate, "moveDate");
        Objects.requireNonNull(awareOn, "awareOn");
        LocalDate latestTimelyAwareness = latestTimelyAwareness(moveDate);
        if (!awareOn.isAfter(latestTimelyAwareness)) {
            return new StatutoryDate(moveDate,
                    "on the day of the move (" + moveDate + "), because the old authority became aware of the move"
                            + " on " + awareOn + ", at least 15 working days before it (read as: at least 15"
                            + " working days counting the day it became aware but not the day of the move; the"
                            + " latest day that qualified was " + latestTimelyAwareness + ")",
                    TRANSFER_SOURCE);
        }
        LocalDate dayOne = calendar.nthWorkingDayBeginningWith(awareOn, 1);
        LocalDate deadline = calendar.nthWorkingDayBeginningWith(awareOn, NOTICE_WORKING_DAYS);
        String why = awareOn.isAfter(moveDate)
                ? "because it only became aware after the move (" + moveDate + ")"
                : "because it was not aware at least 15 working days before the move (" + moveDate + "): that"
                        + " needed awareness by " + latestTimelyAwareness + ", counting the day it became aware"
                        + " but not the day of the move";
        String firstDay = dayOne.equals(awareOn)
                ? "that day is working day 1"
                : "that day is not a working day, so working day 1 is " + dayOne;
        return new StatutoryDate(deadline,
                "within 15 working days beginning with the day the old authority became aware of the move ("
                        + awareOn + "), " + why + "; " + firstDay + " and working day 15 is " + deadline
                        + " (weekends and England and Wales bank holidays are not working days)",
                TRANSFER_SOURCE);
    }

    /**
     * The last day on which the new authority can tell the child's parent or the young person that the plan
     * has transferred, whether it proposes an EHC needs assessment and when it will review the plan
     * (reg 15(4)): {@code transferDate + 42 days}. "Within 6 weeks of" the transfer does not count the
     * transfer day itself, so the six weeks end on the same weekday six weeks later, not the day before.
     */
    public StatutoryDate familyNotificationBy(LocalDate transferDate) {
        Objects.requireNonNull(transferDate, "transferDate");
        LocalDate deadline = transferDate.plusWeeks(FAMILY_NOTIFICATION_WEEKS);
        return new StatutoryDate(deadline,
                "within 6 weeks of the date of transfer (" + transferDate + "): by " + deadline + ", 42 days"
                        + " after it; the transfer day itself is not counted (the regulation says \"of\", not"
                        + " \"beginning with\"), and the weeks are calendar weeks, so the date is not moved for"
                        + " weekends or bank holidays",
                FAMILY_NOTIFICATION_SOURCE);
    }

    /**
     * The last day on which the new authority can review the plan (reg 15(5)): before the expiry of the later
     * of 12 months beginning with the date the plan was made or last reviewed and 3 months beginning with the
     * transfer date. When both periods end on the same day the 12-month limb is reported.
     *
     * @throws IllegalArgumentException if {@code madeOrLastReviewed} is after {@code transferDate}: the old
     *                                  authority cannot have made or reviewed a plan it no longer holds
     */
    public StatutoryDate reviewBy(LocalDate madeOrLastReviewed, LocalDate transferDate) {
        Objects.requireNonNull(madeOrLastReviewed, "madeOrLastReviewed");
        Objects.requireNonNull(transferDate, "transferDate");
        if (madeOrLastReviewed.isAfter(transferDate)) {
            throw new IllegalArgumentException("plan made or last reviewed on " + madeOrLastReviewed
                    + ", after the transfer on " + transferDate);
        }
        LocalDate twelveMonthsEnd = lastDayOfMonthsBeginningWith(madeOrLastReviewed, REVIEW_MONTHS_AFTER_PLAN);
        LocalDate threeMonthsEnd = lastDayOfMonthsBeginningWith(transferDate, REVIEW_MONTHS_AFTER_TRANSFER);
        String both = "before the expiry of the later of the 12 months beginning with the date the plan was made"
                + " or last reviewed (" + madeOrLastReviewed + "; ends " + twelveMonthsEnd + ") and the 3 months"
                + " beginning with the date of transfer (" + transferDate + "; ends " + threeMonthsEnd + "): ";
        if (threeMonthsEnd.isAfter(twelveMonthsEnd)) {
            return new StatutoryDate(threeMonthsEnd,
                    both + "the 3-month period ends later, so the review is due by " + threeMonthsEnd,
                    REVIEW_3_MONTHS_SOURCE);
        }
        String which = threeMonthsEnd.equals(twelveMonthsEnd)
                ? "both periods end on the same day"
                : "the 12-month period ends later";
        return new StatutoryDate(twelveMonthsEnd,
                both + which + ", so the review is due by " + twelveMonthsEnd,
                REVIEW_12_MONTHS_SOURCE);
    }

    /**
     * The last day of "the period of {@code months} months beginning with {@code start}".
     *
     * <p>The period includes {@code start} and ends immediately before the day numbered like {@code start} in
     * the {@code months}-th following month, so the last day is that day minus one. If that month has no such
     * day (a period beginning with 31 August, or with 29 February into a common year), the corresponding-date
     * rule ends the period on the last day of the month: {@code plusMonths} already clamps to it, and no day
     * is subtracted. Examples: beginning with 10 March 2026, 12 months: 9 March 2027; 1 March 2024, 12 months:
     * 28 February 2025; 29 February 2024, 12 months: 28 February 2025 (not 27 February); 31 August 2026,
     * 3 months: 30 November 2026; 1 March 2026, 3 months: 31 May 2026.
     *
     * <p>The shortcut {@code start.minusDays(1).plusMonths(months)} is wrong when {@code start} is the 1st of a
     * month following a month shorter than the target month: 3 months beginning with 1 March 2026 would end
     * 28 May instead of 31 May, and 12 months beginning with 1 March 2023 would end 28 February 2024 instead
     * of 29 February 2024. {@code start.plusMonths(months).minusDays(1)} is wrong the other way when the target
     * month is too short: it gives 27 February 2025 for 29 February 2024 and 29 November for 31 August.
     */
    static LocalDate lastDayOfMonthsBeginningWith(LocalDate start, int months) {
        LocalDate corresponding = start.plusMonths(months);
        boolean clamped = corresponding.getDayOfMonth() != start.getDayOfMonth();
        return clamped ? corresponding : corresponding.minusDays(1);
    }

    /**
     * The latest day on which awareness still leaves at least 15 working days in {@code [day, moveDate)}: the
     * 15th working day counting back from the day before the move. Counting back (rather than counting the
     * whole span forward from {@code awareOn}) means an awareness date long before the move never needs a
     * calendar for years that do not matter.
     */
    private LocalDate latestTimelyAwareness(LocalDate moveDate) {
        LocalDate day = moveDate;
        int counted = 0;
        while (counted < NOTICE_WORKING_DAYS) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
