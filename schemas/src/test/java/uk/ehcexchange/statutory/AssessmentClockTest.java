package uk.ehcexchange.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every expected date below is worked by hand in the comment above it (days left in the month, then whole months),
 * not computed with the code under test. "Within N weeks of X" is X + 7N days, X itself not counted.
 */
class AssessmentClockTest {

    private final AssessmentClock clock = new AssessmentClock(WorkingDayCalendar.england());

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    @DisplayName("decideWhetherToAssessBy (reg 5(1), 6 weeks)")
    class DecideWhetherToAssess {

        @Test
        @DisplayName("received Mon 2 Mar 2026: by Mon 13 Apr 2026, Easter in between changes nothing")
        void sixWeeksOfTheRequest() {
            // 42 days: 2 Mar -> 31 Mar uses 29, 13 left -> 13 Apr 2026 (a Monday, like 2 Mar).
            StatutoryDate due = clock.decideWhetherToAssessBy(d(2026, 3, 2));

            assertThat(due.date()).isEqualTo(d(2026, 4, 13));
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 5(1)");
            assertThat(due.rule())
                    .startsWith("the council notifies its decision whether to carry out an EHC needs assessment within"
                            + " 6 weeks of receiving the request (2026-03-02): by 2026-04-13, 42 days after it")
                    .contains("does not count the day of receiving the request itself")
                    .contains("would give 2026-04-12")
                    .contains("not moved for weekends or bank holidays")
                    .doesNotContain("stays the deadline");
        }

        @Test
        @DisplayName("received Mon 23 Feb 2026: due on Easter Monday 6 Apr 2026, which is not moved")
        void dueOnABankHolidayIsNotMoved() {
            // 42 days: 24..28 Feb uses 5, 37 left; March 31 -> 6 left -> 6 Apr 2026, Easter Monday.
            StatutoryDate due = clock.decideWhetherToAssessBy(d(2026, 2, 23));

            assertThat(due.date()).isEqualTo(d(2026, 4, 6));
            assertThat(due.rule()).contains("(2026-04-06 is a bank holiday (Easter Monday); it stays the deadline)");
        }

        @Test
        @DisplayName("received Mon 12 Feb 2024 (leap year): by Mon 25 Mar 2024, not 26 Mar")
        void leapYear() {
            // 42 days: 13..29 Feb 2024 uses 17 (29 days in February), 25 left -> 25 Mar 2024.
            assertThat(clock.decideWhetherToAssessBy(d(2024, 2, 12)).date()).isEqualTo(d(2024, 3, 25));
        }

        @Test
        @DisplayName("received Mon 1 Sep 2014, before the bank holiday list begins: by Mon 13 Oct 2014, no failure")
        void beforeTheHolidayListStillComputes() {
            // 42 days: 1 Sep -> 30 Sep uses 29, 13 left -> 13 Oct 2014. Calendar weeks need no holiday list.
            assertThat(clock.decideWhetherToAssessBy(d(2014, 9, 1)).date()).isEqualTo(d(2014, 10, 13));
        }
    }

    @Nested
    @DisplayName("adviceBy (reg 8(1), 6 weeks)")
    class Advice {

        @Test
        @DisplayName("requested Fri 18 Dec 2026: by Fri 29 Jan 2027, Christmas and New Year not skipped")
        void sixWeeksAcrossChristmas() {
            // 42 days: 19..31 Dec uses 13, 29 left -> 29 Jan 2027 (a Friday).
            StatutoryDate due = clock.adviceBy(d(2026, 12, 18));

            assertThat(due.date()).isEqualTo(d(2027, 1, 29));
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 8(1)");
            assertThat(due.rule()).startsWith("the body asked for advice gives it within 6 weeks of receiving the"
                    + " council's request (2026-12-18): by 2027-01-29");
        }

        @Test
        @DisplayName("the same reading as the hub's advice requests already use (requested + 6 weeks)")
        void sameAsTheHubsAdviceRequests() {
            // 2 Mar 2026 + 42 days = 13 Apr 2026 (worked above); AdviceRequest.dueOn is requestedOn.plusWeeks(6).
            assertThat(clock.adviceBy(d(2026, 3, 2)).date()).isEqualTo(d(2026, 4, 13));
        }
    }

    @Test
    @DisplayName("decideNotToIssueBy: received Mon 2 Mar 2026: by Mon 22 Jun 2026 (16 weeks, reg 10(1))")
    void decideNotToIssue() {
        // 112 days: 3..31 Mar uses 29, 83 left; April 30 -> 53; May 31 -> 22 -> 22 Jun 2026.
        StatutoryDate due = clock.decideNotToIssueBy(d(2026, 3, 2));

        assertThat(due.date()).isEqualTo(d(2026, 6, 22));
        assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 10(1)");
        assertThat(due.rule()).contains("within 16 weeks of receiving the request for an assessment (2026-03-02)")
                .contains("112 days after it");
    }

    @Nested
    @DisplayName("finalPlanBy (reg 13(2), 20 weeks)")
    class FinalPlan {

        @Test
        @DisplayName("received Mon 2 Mar 2026: by Mon 20 Jul 2026")
        void twentyWeeks() {
            // 140 days: 3..31 Mar uses 29, 111 left; April 30 -> 81; May 31 -> 50; June 30 -> 20 -> 20 Jul 2026.
            StatutoryDate due = clock.finalPlanBy(d(2026, 3, 2));

            assertThat(due.date()).isEqualTo(d(2026, 7, 20));
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 13(2)");
            assertThat(due.rule()).contains("would give 2026-07-19");
        }

        @Test
        @DisplayName("received Sat 7 Mar 2026: due Sat 25 Jul 2026, a Saturday, not moved to the Friday or Monday")
        void dueOnASaturdayIsNotMoved() {
            // 140 days: 8..31 Mar uses 24, 116 left; April 30 -> 86; May 31 -> 55; June 30 -> 25 -> 25 Jul 2026.
            StatutoryDate due = clock.finalPlanBy(d(2026, 3, 7));

            assertThat(due.date()).isEqualTo(d(2026, 7, 25));
            assertThat(due.rule()).contains("(2026-07-25 is a Saturday; it stays the deadline)");
        }
    }

    @Nested
    @DisplayName("draftRepresentationsUntil (reg 13(1), at least 15 days beginning with the day served)")
    class DraftRepresentations {

        @Test
        @DisplayName("served Tue 17 Feb 2026: until Tue 3 Mar 2026 (day 1 = 17 Feb)")
        void acrossTheEndOfFebruary() {
            // Day 1 = 17 Feb; days 1..12 = 17..28 Feb; days 13, 14, 15 = 1, 2, 3 Mar -> 3 Mar 2026.
            StatutoryDate due = clock.draftRepresentationsUntil(d(2026, 2, 17));

            assertThat(due.date()).isEqualTo(d(2026, 3, 3));
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 13(1)");
            assertThat(due.rule()).contains("beginning with the day the draft plan was served (2026-02-17)")
                    .contains("the day served is day 1, so day 15 is 2026-03-03");
        }

        @Test
        @DisplayName("served Sat 17 Feb 2024 (leap year): until Sat 2 Mar 2024")
        void leapYear() {
            // Day 1 = 17 Feb; days 1..13 = 17..29 Feb; days 14, 15 = 1, 2 Mar -> 2 Mar 2024 (a Saturday).
            assertThat(clock.draftRepresentationsUntil(d(2024, 2, 17)).date()).isEqualTo(d(2024, 3, 2));
        }

        @Test
        @DisplayName("served Mon 14 Dec 2026: until Mon 28 Dec 2026, the Boxing Day substitute, not moved")
        void lastDayOnABankHoliday() {
            // Day 1 = 14 Dec; day 15 = 14 + 14 = 28 Dec 2026 (Boxing Day substitute bank holiday).
            StatutoryDate due = clock.draftRepresentationsUntil(d(2026, 12, 14));

            assertThat(due.date()).isEqualTo(d(2026, 12, 28));
            assertThat(due.rule()).contains("2026-12-28 is a bank holiday (Boxing Day (substitute day))");
        }
    }

    @Test
    @DisplayName("finalPlanAfterReassessmentBy: decided Wed 30 Sep 2026: by Wed 6 Jan 2027 (14 weeks, reg 27(2))")
    void finalPlanAfterReassessment() {
        // 98 days: October 31 -> 67 left; November 30 -> 37; December 31 -> 6 -> 6 Jan 2027.
        StatutoryDate due = clock.finalPlanAfterReassessmentBy(d(2026, 9, 30));

        assertThat(due.date()).isEqualTo(d(2027, 1, 6));
        assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 27(2)");
        assertThat(due.rule()).contains("within 14 weeks of the decision to re-assess (2026-09-30)");
    }
}
