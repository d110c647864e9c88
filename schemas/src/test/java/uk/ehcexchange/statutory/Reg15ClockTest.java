package uk.ehcexchange.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Reg15ClockTest {

    private final Reg15Clock clock = new Reg15Clock(new WorkingDayCalendar(BankHolidays.englandAndWales()));

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    @DisplayName("transferBy (reg 15(2))")
    class TransferBy {

        @Test
        @DisplayName("aware Mon 2 Mar 2026, move Mon 23 Mar 2026 (exactly 15 working days before): transfer on the day of the move")
        void awareExactlyFifteenWorkingDaysBeforeMoveTransfersOnMoveDay() {
            StatutoryDate due = clock.transferBy(d(2026, 3, 23), d(2026, 3, 2));

            assertThat(due.date()).isEqualTo(d(2026, 3, 23));
            assertThat(due.rule()).startsWith("on the day of the move (2026-03-23)")
                    .contains("counting the day it became aware but not the day of the move");
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 15(2)");
        }

        @Test
        @DisplayName("aware Tue 3 Mar 2026, move Mon 23 Mar 2026 (only 14 working days before): 15 working days from awareness, Mon 23 Mar")
        void awareFourteenWorkingDaysBeforeMoveFallsInSecondLimb() {
            StatutoryDate due = clock.transferBy(d(2026, 3, 23), d(2026, 3, 3));

            assertThat(due.date()).isEqualTo(d(2026, 3, 23));
            assertThat(due.rule())
                    .startsWith("within 15 working days beginning with the day the old authority became aware of the move (2026-03-03)")
                    .contains("not aware at least 15 working days before the move (2026-03-23)")
                    .contains("needed awareness by 2026-03-02");
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 15(2)");
        }

        @Test
        @DisplayName("aware Tue 1 Jul 2014, move Mon 23 Mar 2026: day of the move, without needing a 2014 calendar")
        void awareLongBeforeMoveTransfersOnMoveDay() {
            assertThat(clock.transferBy(d(2026, 3, 23), d(2014, 7, 1)).date()).isEqualTo(d(2026, 3, 23));
        }

        @Test
        @DisplayName("aware Mon 9 Mar 2026 (working day 1), move Fri 20 Mar 2026: by Fri 27 Mar 2026")
        void awareOnWorkingDayCountsAsDayOne() {
            StatutoryDate due = clock.transferBy(d(2026, 3, 20), d(2026, 3, 9));

            assertThat(due.date()).isEqualTo(d(2026, 3, 27));
            assertThat(due.rule()).contains("that day is working day 1");
        }

        @Test
        @DisplayName("aware Sat 7 Mar 2026, move Mon 23 Mar 2026: day 1 is Mon 9 Mar, so by Fri 27 Mar 2026")
        void awareOnSaturdayStartsCountOnMonday() {
            StatutoryDate due = clock.transferBy(d(2026, 3, 23), d(2026, 3, 7));

            assertThat(due.date()).isEqualTo(d(2026, 3, 27));
            assertThat(due.rule()).contains("working day 1 is 2026-03-09");
        }

        @Test
        @DisplayName("aware Fri 18 Dec 2026, move Mon 4 Jan 2027: skips 25 Dec, 28 Dec (substitute) and 1 Jan, so by Tue 12 Jan 2027")
        void acrossChristmasAndNewYear() {
            assertThat(clock.transferBy(d(2027, 1, 4), d(2026, 12, 18)).date()).isEqualTo(d(2027, 1, 12));
        }

        @Test
        @DisplayName("aware Fri 19 Mar 2027, move Thu 1 Apr 2027: skips Good Friday 26 Mar and Easter Monday 29 Mar, so by Mon 12 Apr 2027")
        void acrossEaster2027() {
            assertThat(clock.transferBy(d(2027, 4, 1), d(2027, 3, 19)).date()).isEqualTo(d(2027, 4, 12));
        }

        @Test
        @DisplayName("aware Tue 10 Mar 2026, after the move on Mon 2 Mar 2026: 15 working days from awareness, by Mon 30 Mar 2026")
        void awareAfterMoveFallsInSecondLimb() {
            StatutoryDate due = clock.transferBy(d(2026, 3, 2), d(2026, 3, 10));

            assertThat(due.date()).isEqualTo(d(2026, 3, 30));
            assertThat(due.rule()).contains("only became aware after the move (2026-03-02)");
        }

        @Test
        @DisplayName("aware on the day of the move, Mon 23 Mar 2026: by Tue 14 Apr 2026 (Good Friday and Easter Monday skipped)")
        void awareOnMoveDayFallsInSecondLimb() {
            assertThat(clock.transferBy(d(2026, 3, 23), d(2026, 3, 23)).date()).isEqualTo(d(2026, 4, 14));
        }

        @Test
        @DisplayName("aware Fri 20 Dec 2030, move Mon 23 Dec 2030: the count runs into 2031 and throws")
        void deadlineBeyondCoveredYearsThrows() {
            assertThatThrownBy(() -> clock.transferBy(d(2030, 12, 23), d(2030, 12, 20)))
                    .isInstanceOf(OutsideCalendarException.class);
        }

        @Test
        @DisplayName("move in 2035 throws OutsideCalendarException")
        void moveIn2035Throws() {
            assertThatThrownBy(() -> clock.transferBy(d(2035, 3, 1), d(2035, 1, 15)))
                    .isInstanceOf(OutsideCalendarException.class)
                    .hasMessageContaining("2015 to 2030");
        }
    }

    @Nested
    @DisplayName("familyNotificationBy (reg 15(4))")
    class FamilyNotificationBy {

        @Test
        @DisplayName("transfer Mon 23 Mar 2026: by Mon 4 May 2026, 42 days later, although that is a bank holiday")
        void sixWeeksOfTransferEndsFortyTwoDaysLater() {
            StatutoryDate due = clock.familyNotificationBy(d(2026, 3, 23));

            assertThat(due.date()).isEqualTo(d(2026, 5, 4));
            assertThat(due.rule()).contains("transfer day itself is not counted").contains("not moved");
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 15(4)");
        }

        @Test
        @DisplayName("transfer Sat 31 Jan 2026: by Sat 14 Mar 2026, not moved off the weekend")
        void weekendDeadlineIsNotMoved() {
            assertThat(clock.familyNotificationBy(d(2026, 1, 31)).date()).isEqualTo(d(2026, 3, 14));
        }
    }

    @Nested
    @DisplayName("reviewBy (reg 15(5))")
    class ReviewBy {

        @Test
        @DisplayName("12 months beginning with 10 Mar 2026 expire at the end of 9 Mar 2027")
        void twelveMonthsBeginningWithTenthOfMarch() {
            assertThat(Reg15Clock.lastDayOfMonthsBeginningWith(d(2026, 3, 10), 12)).isEqualTo(d(2027, 3, 9));
        }

        @Test
        @DisplayName("last reviewed 10 Mar 2026, transfer 1 Jun 2026: 12-month limb (9 Mar 2027) beats 3 months (31 Aug 2026)")
        void twelveMonthLimbApplies() {
            StatutoryDate due = clock.reviewBy(d(2026, 3, 10), d(2026, 6, 1));

            assertThat(due.date()).isEqualTo(d(2027, 3, 9));
            assertThat(due.rule()).contains("ends 2027-03-09").contains("ends 2026-08-31")
                    .contains("the 12-month period ends later");
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 15(5)(a)");
        }

        @Test
        @DisplayName("last reviewed 15 Apr 2025, transfer 1 Mar 2026: 3-month limb (31 May 2026) beats 12 months (14 Apr 2026)")
        void threeMonthLimbApplies() {
            StatutoryDate due = clock.reviewBy(d(2025, 4, 15), d(2026, 3, 1));

            assertThat(due.date()).isEqualTo(d(2026, 5, 31));
            assertThat(due.rule()).contains("ends 2026-04-14").contains("the 3-month period ends later");
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 15(5)(b)");
        }

        @Test
        @DisplayName("made 1 Jun 2025, transfer 1 Mar 2026: both limbs end 31 May 2026, reported as the 12-month limb")
        void tieIsReportedAsTwelveMonthLimb() {
            StatutoryDate due = clock.reviewBy(d(2025, 6, 1), d(2026, 3, 1));

            assertThat(due.date()).isEqualTo(d(2026, 5, 31));
            assertThat(due.rule()).contains("both periods end on the same day");
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 15(5)(a)");
        }

        @Test
        @DisplayName("3 months beginning with 1 Mar 2026 end 31 May 2026, not 28 May")
        void threeMonthsBeginningWithFirstOfMonthEndOnLastDayOfThirdMonth() {
            assertThat(Reg15Clock.lastDayOfMonthsBeginningWith(d(2026, 3, 1), 3)).isEqualTo(d(2026, 5, 31));
        }

        @Test
        @DisplayName("3 months beginning with 31 Aug 2026 end 30 Nov 2026 (no 31 Nov, so the last day of November)")
        void threeMonthsBeginningWithThirtyFirstOfAugust() {
            assertThat(Reg15Clock.lastDayOfMonthsBeginningWith(d(2026, 8, 31), 3)).isEqualTo(d(2026, 11, 30));
        }

        @Test
        @DisplayName("3 months beginning with 30 Nov 2027 end 29 Feb 2028 (leap year)")
        void threeMonthsIntoLeapFebruary() {
            assertThat(Reg15Clock.lastDayOfMonthsBeginningWith(d(2027, 11, 30), 3)).isEqualTo(d(2028, 2, 29));
        }

        @Test
        @DisplayName("12 months beginning with 1 Mar 2024 end 28 Feb 2025")
        void twelveMonthsBeginningWithFirstOfMarchInLeapYear() {
            assertThat(Reg15Clock.lastDayOfMonthsBeginningWith(d(2024, 3, 1), 12)).isEqualTo(d(2025, 2, 28));
        }

        @Test
        @DisplayName("12 months beginning with 1 Mar 2023 end 29 Feb 2024 (leap day included)")
        void twelveMonthsEndingOnLeapDay() {
            assertThat(Reg15Clock.lastDayOfMonthsBeginningWith(d(2023, 3, 1), 12)).isEqualTo(d(2024, 2, 29));
        }

        @Test
        @DisplayName("12 months beginning with 29 Feb 2024 end 28 Feb 2025, not 27 Feb")
        void twelveMonthsBeginningWithLeapDay() {
            assertThat(Reg15Clock.lastDayOfMonthsBeginningWith(d(2024, 2, 29), 12)).isEqualTo(d(2025, 2, 28));
        }

        @Test
        @DisplayName("plan made 29 Feb 2024, transfer 15 Mar 2024: review by 28 Feb 2025 (12-month limb)")
        void reviewByForPlanMadeOnLeapDay() {
            StatutoryDate due = clock.reviewBy(d(2024, 2, 29), d(2024, 3, 15));

            assertThat(due.date()).isEqualTo(d(2025, 2, 28));
            assertThat(due.source()).endsWith("reg 15(5)(a)");
        }

        @Test
        @DisplayName("plan reviewed 1 Apr 2026, after the transfer on 1 Mar 2026, is rejected")
        void reviewAfterTransferIsRejected() {
            assertThatThrownBy(() -> clock.reviewBy(d(2026, 4, 1), d(2026, 3, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("after the transfer");
        }
    }
}
