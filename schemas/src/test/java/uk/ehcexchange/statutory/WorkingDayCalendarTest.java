package uk.ehcexchange.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(BankHolidays.englandAndWales());

    @Test
    @DisplayName("Tuesday 10 March 2026 is a working day")
    void ordinaryWeekdayIsWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 10))).isTrue();
    }

    @Test
    @DisplayName("Saturday 7 and Sunday 8 March 2026 are not working days")
    void weekendIsNotWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
    }

    @Test
    @DisplayName("Good Friday 3 April 2026 is not a working day")
    void bankHolidayIsNotWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
    }

    @Test
    @DisplayName("Friday 3 June 2022 (Platinum Jubilee) and Monday 8 May 2023 (coronation) are not working days")
    void oneOffBankHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 6, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
    }

    @Test
    @DisplayName("Saturday 6 January 2035 throws rather than answering 'not a working day' from the weekday alone")
    void weekendOutsideCoveredYearsThrows() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2035, 1, 6)))
                .isInstanceOf(OutsideCalendarException.class);
    }

    @Test
    @DisplayName("1st working day beginning with Monday 9 March 2026 is that Monday")
    void workingStartDayIsDayOne() {
        assertThat(calendar.nthWorkingDayBeginningWith(LocalDate.of(2026, 3, 9), 1))
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    @DisplayName("1st working day beginning with Saturday 7 March 2026 is Monday 9 March")
    void nonWorkingStartDayMovesDayOneToNextWorkingDay() {
        assertThat(calendar.nthWorkingDayBeginningWith(LocalDate.of(2026, 3, 7), 1))
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    @DisplayName("5th working day beginning with Thursday 2 April 2026 skips Good Friday and Easter Monday: Friday 10 April")
    void nthWorkingDaySkipsBankHolidays() {
        assertThat(calendar.nthWorkingDayBeginningWith(LocalDate.of(2026, 4, 2), 5))
                .isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void nthWorkingDayRejectsZero() {
        assertThatThrownBy(() -> calendar.nthWorkingDayBeginningWith(LocalDate.of(2026, 3, 9), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(OutsideCalendarException.class);
    }

    @Test
    @DisplayName("15 working days beginning with Friday 20 December 2030 run into 2031 and throw")
    void nthWorkingDayRunningPastCoveredYearsThrows() {
        assertThatThrownBy(() -> calendar.nthWorkingDayBeginningWith(LocalDate.of(2030, 12, 20), 15))
                .isInstanceOf(OutsideCalendarException.class)
                .hasMessageContaining("2031-01-01");
    }

    @Test
    @DisplayName("working days from Monday 2 March 2026 up to Monday 23 March 2026 (exclusive): 15")
    void workingDaysBetweenCountsStartButNotEnd() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23)))
                .isEqualTo(15);
    }

    @Test
    @DisplayName("working days from Monday 21 December 2026 up to Monday 4 January 2027: 7 (25, 28 Dec and 1 Jan off)")
    void workingDaysBetweenAcrossChristmas() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4)))
                .isEqualTo(7);
    }

    @Test
    void workingDaysBetweenSameDayIsZero() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9))).isZero();
    }

    @Test
    void workingDaysBetweenRejectsReversedRange() {
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9)))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(OutsideCalendarException.class);
    }
}
