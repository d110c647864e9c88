package uk.ehcexchange.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "Before 15 February / 31 March" is read strictly: the last day is 14 February / 30 March. */
class PhaseTransferClockTest {

    private final PhaseTransferClock clock = new PhaseTransferClock();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @ParameterizedTest
    @EnumSource(value = PhaseTransfer.class, names = "SECONDARY_TO_POST_16", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("every transfer but secondary to post-16, September 2027: by Sun 14 Feb 2027 (reg 18(1)(b))")
    void beforeFifteenthFebruary(PhaseTransfer transfer) {
        // Before 15 Feb 2027, strictly: 14 Feb 2027, a Sunday (1 Feb 2027 is a Monday), not moved.
        StatutoryDate due = clock.amendedPlanBy(transfer, 2027);

        assertThat(due.date()).isEqualTo(d(2027, 2, 14));
        assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 18(1)(b)");
        assertThat(due.rule()).contains(transfer.words() + " before 2027-02-15")
                .contains("reads \"before\" strictly, so the last day is 2027-02-14")
                .contains("guidance often says \"by 2027-02-15\"")
                .contains("(2027-02-14 is a Sunday; it stays the deadline)");
    }

    @Test
    @DisplayName("secondary to post-16, September 2027: by Tue 30 Mar 2027 (reg 18(1)(a))")
    void beforeThirtyFirstMarch() {
        // Before 31 Mar 2027, strictly: 30 Mar 2027 (Easter Monday 2027 is 29 Mar, so 30 Mar is a working day).
        StatutoryDate due = clock.amendedPlanBy(PhaseTransfer.SECONDARY_TO_POST_16, 2027);

        assertThat(due.date()).isEqualTo(d(2027, 3, 30));
        assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 18(1)(a)");
        assertThat(due.rule()).contains("reads \"before\" strictly, so the last day is 2027-03-30")
                .doesNotContain("stays the deadline");
    }

    @Test
    @DisplayName("secondary to post-16, September 2029: by Fri 30 Mar 2029, Good Friday, not moved")
    void thirtiethMarchOnGoodFriday() {
        // Before 31 Mar 2029, strictly: 30 Mar 2029, which is Good Friday.
        StatutoryDate due = clock.amendedPlanBy(PhaseTransfer.SECONDARY_TO_POST_16, 2029);

        assertThat(due.date()).isEqualTo(d(2029, 3, 30));
        assertThat(due.rule()).contains("(2029-03-30 is a bank holiday (Good Friday); it stays the deadline)");
    }

    @Test
    @DisplayName("secondary to post-16 in 2015: before 31 May 2015 (reg 18(3)), so by Sat 30 May 2015")
    void transitionalYear() {
        // Reg 18(3): transfer on 1 Sep 2015 -> before 31 May 2015 -> 30 May 2015, a Saturday.
        StatutoryDate due = clock.amendedPlanBy(PhaseTransfer.SECONDARY_TO_POST_16, 2015);

        assertThat(due.date()).isEqualTo(d(2015, 5, 30));
        assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 18(3)");
        assertThat(due.rule()).contains("the special rule for a transfer on 1 September 2015");
        assertThat(clock.amendedPlanBy(PhaseTransfer.PRIMARY_TO_SECONDARY, 2015).date()).isEqualTo(d(2015, 2, 14));
    }

    @Test
    @DisplayName("a year past the bank holiday list (2035): 14 Feb 2035 still computes")
    void beyondTheHolidayList() {
        assertThat(clock.amendedPlanBy(PhaseTransfer.INFANT_TO_JUNIOR, 2035).date()).isEqualTo(d(2035, 2, 14));
    }

    @Test
    @DisplayName("post-16 to post-16 on Wed 1 Sep 2027: by Thu 1 Apr 2027 (reg 18(2), 5 months)")
    void fiveMonthsBefore() {
        // 1 Sep back 5 months = 1 Apr 2027 (Aug, Jul, Jun, May, Apr).
        StatutoryDate due = clock.post16AmendedPlanBy(d(2027, 9, 1));

        assertThat(due.date()).isEqualTo(d(2027, 4, 1));
        assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 18(2)");
        assertThat(due.rule()).contains("at least 5 months before the proposed transfer (2027-09-01): by 2027-04-01")
                .contains("the same day of the month five months earlier");
    }

    @Test
    @DisplayName("post-16 to post-16 on Sat 31 Jul 2027: by Sun 28 Feb 2027 (February has no 31st)")
    void fiveMonthsBeforeTheThirtyFirst() {
        // 31 Jul back 5 months lands in February 2027, which ends on the 28th.
        StatutoryDate due = clock.post16AmendedPlanBy(d(2027, 7, 31));

        assertThat(due.date()).isEqualTo(d(2027, 2, 28));
        assertThat(due.rule()).contains("the last day of the month five months earlier, which has no day 31")
                .contains("2027-02-28 is a Sunday");
    }

    @Test
    @DisplayName("post-16 to post-16 on Mon 31 Jul 2028: by Tue 29 Feb 2028 (leap year)")
    void fiveMonthsBeforeIntoALeapFebruary() {
        // 31 Jul 2028 back 5 months: February 2028 ends on the 29th.
        assertThat(clock.post16AmendedPlanBy(d(2028, 7, 31)).date()).isEqualTo(d(2028, 2, 29));
    }

    @Test
    @DisplayName("post-16 to post-16 on Fri 15 Jan 2027: by Sat 15 Aug 2026, across the year end")
    void fiveMonthsBeforeAcrossTheYear() {
        // 15 Jan 2027 back 5 months: Dec, Nov, Oct, Sep, Aug 2026 -> 15 Aug 2026, a Saturday.
        assertThat(clock.post16AmendedPlanBy(d(2027, 1, 15)).date()).isEqualTo(d(2026, 8, 15));
    }
}
