package uk.ehcexchange.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Expected dates are worked by hand in the comment above each; none is computed with the code under test. */
class ReviewClockTest {

    private final ReviewClock clock = new ReviewClock(WorkingDayCalendar.england());

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    @DisplayName("firstReviewBy (s44(1)(a), 12 months starting with the day the plan was made)")
    class FirstReview {

        @Test
        @DisplayName("made Tue 10 Mar 2026: by Tue 9 Mar 2027")
        void twelveMonths() {
            // Period: 10 Mar 2026 is day 1; it ends the day before 10 Mar 2027, i.e. 9 Mar 2027.
            StatutoryDate due = clock.firstReviewBy(d(2026, 3, 10));

            assertThat(due.date()).isEqualTo(d(2027, 3, 9));
            assertThat(due.source()).isEqualTo("Children and Families Act 2014, s44(1)(a)");
            assertThat(due.rule()).contains("12 months starting with the date it was first made (2026-03-10)")
                    .contains("it ends the day before 2027-03-10, so the review is due by 2027-03-09");
        }

        @Test
        @DisplayName("made Thu 29 Feb 2024: by Fri 28 Feb 2025 (February 2025 has no 29th)")
        void leapDay() {
            // 29 Feb 2025 does not exist, so the period ends on the last day of February 2025: 28 Feb.
            StatutoryDate due = clock.firstReviewBy(d(2024, 2, 29));

            assertThat(due.date()).isEqualTo(d(2025, 2, 28));
            assertThat(due.rule()).contains("February 2025 has no day 29, it ends on the last day of that month");
        }

        @Test
        @DisplayName("made Wed 1 Mar 2023: by Thu 29 Feb 2024 (the day before 1 Mar 2024 in a leap year)")
        void intoALeapFebruary() {
            // Ends the day before 1 Mar 2024; 2024 is a leap year, so that is 29 Feb 2024.
            assertThat(clock.firstReviewBy(d(2023, 3, 1)).date()).isEqualTo(d(2024, 2, 29));
        }

        @Test
        @DisplayName("made Mon 31 Aug 2026: by Mon 30 Aug 2027, the summer bank holiday, not moved")
        void dueOnABankHoliday() {
            // Ends the day before 31 Aug 2027: 30 Aug 2027, the Summer bank holiday.
            StatutoryDate due = clock.firstReviewBy(d(2026, 8, 31));

            assertThat(due.date()).isEqualTo(d(2027, 8, 30));
            assertThat(due.rule()).contains("(2027-08-30 is a bank holiday (Summer bank holiday); it stays the deadline)");
        }
    }

    @Nested
    @DisplayName("nextReviewBy (s44(1)(b)): counted from the council's review decision, not the meeting")
    class NextReview {

        @Test
        @DisplayName("meeting Tue 10 Mar 2026, decision Tue 7 Apr 2026: next review by Tue 6 Apr 2027, not 9 Mar 2027")
        void countedFromTheDecision() {
            // The review concludes with the decision on 7 Apr 2026 (day 1); the period ends the day before
            // 7 Apr 2027: 6 Apr 2027. Counting from the meeting (10 Mar) would wrongly give 9 Mar 2027.
            StatutoryDate due = clock.nextReviewBy(d(2026, 4, 7));

            assertThat(due.date()).isEqualTo(d(2027, 4, 6));
            assertThat(due.source()).isEqualTo("Children and Families Act 2014, s44(1)(b)");
            assertThat(due.rule()).contains("the date of the council's decision after the last review meeting"
                    + " (2026-04-07), not the meeting itself");
        }

        @Test
        @DisplayName("plan made Thu 15 Jan 2026 (first review by 14 Jan 2027); meeting 10 Dec 2026, decision Tue 5 Jan 2027: next by Tue 4 Jan 2028")
        void aReviewChain() {
            // First period: 15 Jan 2026 .. 14 Jan 2027. The decision on 5 Jan 2027 concludes that review inside it;
            // the next period is 5 Jan 2027 .. 4 Jan 2028 (the day before 5 Jan 2028).
            assertThat(clock.firstReviewBy(d(2026, 1, 15)).date()).isEqualTo(d(2027, 1, 14));
            assertThat(clock.nextReviewBy(d(2027, 1, 5)).date()).isEqualTo(d(2028, 1, 4));
        }
    }

    @Nested
    @DisplayName("before the meeting (reg 20(3), 20(4)): at least 2 weeks")
    class BeforeTheMeeting {

        @Test
        @DisplayName("meeting Wed 15 Jul 2026: notice and advice by Wed 1 Jul 2026")
        void twoWeeksBefore() {
            // 15 Jul - 14 days = 1 Jul 2026.
            StatutoryDate notice = clock.meetingNoticeBy(d(2026, 7, 15));
            StatutoryDate advice = clock.reviewAdviceBy(d(2026, 7, 15));

            assertThat(notice.date()).isEqualTo(d(2026, 7, 1));
            assertThat(notice.source()).isEqualTo("SEND Regulations 2014, reg 20(3) / 21(3)");
            assertThat(notice.rule()).startsWith("notice of the review meeting is given to everyone invited at least 2"
                    + " weeks before the review meeting (2026-07-15): by 2026-07-01");
            assertThat(advice.date()).isEqualTo(d(2026, 7, 1));
            assertThat(advice.source()).isEqualTo("SEND Regulations 2014, reg 20(4) / 21(4)");
        }

        @Test
        @DisplayName("meeting Tue 12 Mar 2024 (leap year): advice by Tue 27 Feb 2024")
        void backAcrossALeapFebruary() {
            // 12 Mar back 12 days = 29 Feb 2024; 2 more = 27 Feb 2024.
            assertThat(clock.reviewAdviceBy(d(2024, 3, 12)).date()).isEqualTo(d(2024, 2, 27));
        }

        @Test
        @DisplayName("meeting Thu 5 Mar 2026: notice by Thu 19 Feb 2026")
        void backAcrossACommonFebruary() {
            // 5 Mar back 5 days = 28 Feb 2026; 9 more = 19 Feb 2026.
            assertThat(clock.meetingNoticeBy(d(2026, 3, 5)).date()).isEqualTo(d(2026, 2, 19));
        }

        @Test
        @DisplayName("meeting Mon 20 Apr 2026: notice by Easter Monday 6 Apr 2026, not moved earlier")
        void onABankHoliday() {
            // 20 Apr - 14 days = 6 Apr 2026, Easter Monday.
            StatutoryDate notice = clock.meetingNoticeBy(d(2026, 4, 20));

            assertThat(notice.date()).isEqualTo(d(2026, 4, 6));
            assertThat(notice.rule()).contains("(2026-04-06 is a bank holiday (Easter Monday); it stays the deadline)");
        }
    }

    @Nested
    @DisplayName("after the meeting")
    class AfterTheMeeting {

        @Test
        @DisplayName("report: meeting Mon 21 Dec 2026: by Mon 4 Jan 2027 (reg 20(7)/21(7), 2 weeks)")
        void reportAcrossTheYearEnd() {
            // 14 days: 22..31 Dec uses 10, 4 left -> 4 Jan 2027.
            StatutoryDate due = clock.reviewReportBy(d(2026, 12, 21));

            assertThat(due.date()).isEqualTo(d(2027, 1, 4));
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 20(7) / 21(7)");
            assertThat(due.rule()).contains("within 2 weeks of the review meeting (2026-12-21): by 2027-01-04");
        }

        @Test
        @DisplayName("decision: meeting Tue 10 Mar 2026: by Tue 7 Apr 2026 (CoP 9.176, 4 weeks)")
        void decision() {
            // 28 days: 11..31 Mar uses 21, 7 left -> 7 Apr 2026.
            StatutoryDate due = clock.reviewDecisionBy(d(2026, 3, 10));

            assertThat(due.date()).isEqualTo(d(2026, 4, 7));
            assertThat(due.source()).isEqualTo("SEND Code of Practice 2015, para 9.176");
        }

        @Test
        @DisplayName("decision: meeting Thu 15 Feb 2024 (leap year): by Thu 14 Mar 2024")
        void decisionInALeapFebruary() {
            // 28 days: 16..29 Feb uses 14, 14 left -> 14 Mar 2024 (15 Mar in a common year).
            assertThat(clock.reviewDecisionBy(d(2024, 2, 15)).date()).isEqualTo(d(2024, 3, 14));
        }
    }

    @Nested
    @DisplayName("amending after a review (reg 22)")
    class Amendment {

        @Test
        @DisplayName("representations: served Fri 18 Dec 2026: until Fri 1 Jan 2027, New Year's Day, not moved")
        void representationsEndOnABankHoliday() {
            // Day 1 = 18 Dec; days 1..14 = 18..31 Dec; day 15 = 1 Jan 2027 (New Year's Day).
            StatutoryDate due = clock.amendmentRepresentationsUntil(d(2026, 12, 18));

            assertThat(due.date()).isEqualTo(d(2027, 1, 1));
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 22(2)(c)");
            assertThat(due.rule()).contains("the day served is day 1, so day 15 is 2027-01-01")
                    .contains("2027-01-01 is a bank holiday (New Year's Day)");
        }

        @Test
        @DisplayName("amended final plan: served Fri 18 Dec 2026: by Fri 12 Feb 2027 (8 weeks)")
        void amendedFinalPlan() {
            // 56 days: 19..31 Dec uses 13, 43 left; January 31 -> 12 -> 12 Feb 2027.
            StatutoryDate due = clock.amendedFinalPlanBy(d(2026, 12, 18));

            assertThat(due.date()).isEqualTo(d(2027, 2, 12));
            assertThat(due.source()).isEqualTo("SEND Regulations 2014, reg 22(3)");
            assertThat(due.rule()).contains("within 8 weeks of sending the plan and the proposed amendments (2026-12-18)");
        }

        @Test
        @DisplayName("meeting Tue 10 Mar 2026, amendments sent with the decision on its last day, 7 Apr: final by Tue 2 Jun 2026, 12 weeks after the meeting")
        void twelveWeeksFromTheMeetingAtMost() {
            // 7 Apr + 56 days: 8..30 Apr uses 23, 33 left; May 31 -> 2 -> 2 Jun 2026.
            // Check: 10 Mar + 84 days: 11..31 Mar 21, 63 left; April 30 -> 33; May 31 -> 2 -> 2 Jun 2026.
            LocalDate decision = clock.reviewDecisionBy(d(2026, 3, 10)).date();

            assertThat(clock.amendedFinalPlanBy(decision).date()).isEqualTo(d(2026, 6, 2));
        }
    }
}
