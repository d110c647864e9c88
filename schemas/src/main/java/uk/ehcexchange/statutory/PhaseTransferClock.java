package uk.ehcexchange.statutory;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * Deadlines for reviewing and amending an EHC plan before a transfer between phases of education (SEND
 * Regulations 2014, reg 18). Pure functions of their arguments; nothing reads the clock.
 *
 * <h2>Interpretations</h2>
 * <ul>
 *   <li><b>"before 15 February" / "before 31 March" in the calendar year of the transfer (reg 18(1)(b)/(a))</b>:
 *       the hub takes the strict reading, so the last day on which the review and any amendment are done in time
 *       is <b>14 February</b> (<b>30 March</b> for secondary to post-16). The regulation says "before"; the Code
 *       of Practice and most council guidance say "by 15 February", but guidance cannot widen the regulation, and
 *       a council that finishes on the strict date meets both readings, while one working to the guidance's date
 *       may be a day late. Each rule names the guidance date too. The same reading is used for both dates.</li>
 *   <li><b>Reg 18(3)</b>: a transfer from secondary school to a post-16 institution on 1 September 2015 had to be
 *       reviewed and amended before 31 May 2015; for that year and transfer the hub gives 30 May 2015.</li>
 *   <li><b>"at least five months before that transfer takes place" (reg 18(2))</b>: the last day is the day
 *       numbered like the transfer day five months earlier (1 September: 1 April), or the last day of that month
 *       when it has no such day (31 July: 28 or 29 February). Five whole months then lie between the two.</li>
 *   <li>Fixed dates and calendar months are not moved off weekends or bank holidays; the rule only says when
 *       the date falls on one.</li>
 * </ul>
 */
public final class PhaseTransferClock {

    static final String OTHER_TRANSFER_SOURCE = "SEND Regulations 2014, reg 18(1)(b)";
    static final String POST_16_TRANSFER_SOURCE = "SEND Regulations 2014, reg 18(1)(a)";
    static final String POST_16_2015_SOURCE = "SEND Regulations 2014, reg 18(3)";
    static final String BETWEEN_POST_16_SOURCE = "SEND Regulations 2014, reg 18(2)";

    private static final int POST_16_NOTICE_MONTHS = 5;
    private static final int TRANSITIONAL_YEAR = 2015;

    private final BankHolidays holidays = BankHolidays.englandAndWales();

    /**
     * The last day for reviewing and, where necessary, amending the plan of a child transferring between phases
     * in {@code calendarYearOfTransfer} (the calendar year in which the new phase starts, e.g. 2027 for a
     * September 2027 start): 14 February, or 30 March for secondary to post-16 (reg 18(1)).
     */
    public StatutoryDate amendedPlanBy(PhaseTransfer transfer, int calendarYearOfTransfer) {
        Objects.requireNonNull(transfer, "transfer");
        boolean post16 = transfer == PhaseTransfer.SECONDARY_TO_POST_16;
        if (post16 && calendarYearOfTransfer == TRANSITIONAL_YEAR) {
            return strictlyBefore(LocalDate.of(TRANSITIONAL_YEAR, Month.MAY, 31), transfer,
                    " (the special rule for a transfer on 1 September 2015)", POST_16_2015_SOURCE);
        }
        LocalDate fixed = post16
                ? LocalDate.of(calendarYearOfTransfer, Month.MARCH, 31)
                : LocalDate.of(calendarYearOfTransfer, Month.FEBRUARY, 15);
        return strictlyBefore(fixed, transfer, "", post16 ? POST_16_TRANSFER_SOURCE : OTHER_TRANSFER_SOURCE);
    }

    /**
     * The last day for reviewing and, where necessary, amending the plan of a young person moving from one post-16
     * institution to another at any other time: at least 5 months before the proposed transfer (reg 18(2)).
     */
    public StatutoryDate post16AmendedPlanBy(LocalDate proposedTransfer) {
        Objects.requireNonNull(proposedTransfer, "proposedTransfer");
        LocalDate last = proposedTransfer.minusMonths(POST_16_NOTICE_MONTHS);
        String day = last.getDayOfMonth() == proposedTransfer.getDayOfMonth()
                ? "the same day of the month five months earlier"
                : "the last day of the month five months earlier, which has no day " + proposedTransfer.getDayOfMonth();
        return new StatutoryDate(last,
                "the council reviews and, where necessary, amends the plan to name the new post-16 institution at"
                        + " least 5 months before the proposed transfer (" + proposedTransfer + "): by " + last + ", "
                        + day + "; months are calendar months, so the date is not moved for weekends or bank"
                        + " holidays" + CalendarCounting.nonWorkingDayNote(last, holidays),
                BETWEEN_POST_16_SOURCE);
    }

    private StatutoryDate strictlyBefore(LocalDate fixed, PhaseTransfer transfer, String special, String source) {
        LocalDate last = fixed.minusDays(1);
        return new StatutoryDate(last,
                "the council reviews and, where necessary, amends the plan of a child or young person transferring "
                        + transfer.words() + " before " + fixed + special + ": the hub reads \"before\" strictly, so"
                        + " the last day is " + last + " (guidance often says \"by " + fixed + "\"; finishing by "
                        + last + " meets both readings); the date is fixed, so it is not moved for weekends or bank"
                        + " holidays" + CalendarCounting.nonWorkingDayNote(last, holidays),
                source);
    }
}
