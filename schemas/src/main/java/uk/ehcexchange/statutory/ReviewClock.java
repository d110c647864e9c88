package uk.ehcexchange.statutory;

import java.time.LocalDate;

/** STUB for helper review until helper clocks' library lands. */
public final class ReviewClock {

    public ReviewClock(WorkingDayCalendar calendar) {
    }

    public StatutoryDate firstReviewBy(LocalDate planFirstMade) {
        return new StatutoryDate(twelveMonths(planFirstMade), "12 months beginning with " + planFirstMade,
                "Children and Families Act 2014, s44(1)(a)");
    }

    public StatutoryDate nextReviewBy(LocalDate lastReviewConcluded) {
        return new StatutoryDate(twelveMonths(lastReviewConcluded), "12 months beginning with " + lastReviewConcluded,
                "Children and Families Act 2014, s44(1)(b)");
    }

    public StatutoryDate reviewAdviceBy(LocalDate meetingOn) {
        return new StatutoryDate(meetingOn.minusWeeks(2), "2 weeks before", "SEND Regulations 2014, reg 20(4)");
    }

    public StatutoryDate meetingNoticeBy(LocalDate meetingOn) {
        return new StatutoryDate(meetingOn.minusWeeks(2), "2 weeks before", "SEND Regulations 2014, reg 20(3)");
    }

    public StatutoryDate reviewReportBy(LocalDate meetingOn) {
        return new StatutoryDate(meetingOn.plusWeeks(2), "2 weeks", "SEND Regulations 2014, reg 20(7)");
    }

    public StatutoryDate reviewDecisionBy(LocalDate meetingOn) {
        return new StatutoryDate(meetingOn.plusWeeks(4), "4 weeks", "SEND Regulations 2014, reg 20(10)");
    }

    public StatutoryDate amendmentRepresentationsUntil(LocalDate amendmentsServedOn) {
        return new StatutoryDate(amendmentsServedOn.plusDays(14), "15 days", "SEND Regulations 2014, reg 22(2)");
    }

    public StatutoryDate amendedFinalPlanBy(LocalDate amendmentsServedOn) {
        return new StatutoryDate(amendmentsServedOn.plusWeeks(8), "8 weeks", "SEND Regulations 2014, reg 22(3)");
    }

    private static LocalDate twelveMonths(LocalDate start) {
        LocalDate corresponding = start.plusMonths(12);
        return corresponding.getDayOfMonth() != start.getDayOfMonth() ? corresponding : corresponding.minusDays(1);
    }
}
