package uk.ehcexchange.statutory;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * Deadlines of an EHC plan's annual review and of amending the plan after it (Children and Families Act 2014
 * s44(1); SEND Regulations 2014, regs 20&ndash;22). Pure functions of their arguments; nothing reads the clock.
 *
 * <h2>Interpretations</h2>
 * <ul>
 *   <li><b>"in the period of 12 months starting with the date on which the plan was first made / last reviewed"
 *       (s44(1))</b>: the date is day 1 and the period ends the day before the same date a year later (or on the
 *       last day of that month when it has no such date), exactly as reg 15(5) is read &mdash; see
 *       {@link Reg15Clock#lastDayOfMonthsBeginningWith(LocalDate, int)}. Made 10 March 2026: review by 9 March
 *       2027.</li>
 *   <li><b>"last reviewed"</b>: a review is concluded by the council's decision after the review meeting (keep,
 *       amend or cease), not by the meeting itself (IPSEA's reading; SEN2 item 5.4b {@code LastReview} is this
 *       decision date). So the next 12 months begin with the decision date: pass that to
 *       {@link #nextReviewBy(LocalDate)}. A Tribunal-ordered amendment is not a review and does not restart the
 *       period.</li>
 *   <li><b>"at least two weeks' notice" / "at least two weeks in advance of the review meeting" (reg 20(3),
 *       (4))</b>: the last day is the meeting date minus 14 days, the mirror of "within 2 weeks of".</li>
 *   <li><b>"within 2 / 4 / 8 weeks of" the meeting or of sending the proposed amendments (regs 20(7)/21(7),
 *       CoP 9.176, reg 22(3))</b>: the day of the meeting or sending is not counted, so the last day is that date
 *       plus 2, 4 or 8 weeks, as the hub reads every "within N weeks of" (see {@link AssessmentClock}).</li>
 *   <li><b>"at least 15 days, beginning with the day on which [it] was served" (reg 22(2)(c))</b>: the day served
 *       is day 1, so representations may be made up to and including the served day + 14.</li>
 *   <li>All periods are calendar weeks, days or months: no date is moved off a weekend or bank holiday; the rule
 *       only says when it falls on one.</li>
 * </ul>
 */
public final class ReviewClock {

    static final String FIRST_REVIEW_SOURCE = "Children and Families Act 2014, s44(1)(a)";
    static final String NEXT_REVIEW_SOURCE = "Children and Families Act 2014, s44(1)(b)";
    static final String MEETING_NOTICE_SOURCE = "SEND Regulations 2014, reg 20(3) / 21(3)";
    static final String REVIEW_ADVICE_SOURCE = "SEND Regulations 2014, reg 20(4) / 21(4)";
    static final String REVIEW_REPORT_SOURCE = "SEND Regulations 2014, reg 20(7) / 21(7)";
    static final String REVIEW_DECISION_SOURCE = "SEND Code of Practice 2015, para 9.176";
    static final String AMENDMENT_REPRESENTATIONS_SOURCE = "SEND Regulations 2014, reg 22(2)(c)";
    static final String AMENDED_FINAL_PLAN_SOURCE = "SEND Regulations 2014, reg 22(3)";

    private static final int REVIEW_MONTHS = 12;
    private static final int NOTICE_WEEKS = 2;
    private static final int REPORT_WEEKS = 2;
    private static final int DECISION_WEEKS = 4;
    private static final int REPRESENTATION_DAYS = 15;
    private static final int AMENDED_PLAN_WEEKS = 8;

    private final BankHolidays holidays;

    public ReviewClock(WorkingDayCalendar calendar) {
        this.holidays = Objects.requireNonNull(calendar, "calendar").bankHolidays();
    }

    /** The first review: within the 12 months starting with the date the plan was first made (s44(1)(a)). */
    public StatutoryDate firstReviewBy(LocalDate planFirstMade) {
        Objects.requireNonNull(planFirstMade, "planFirstMade");
        LocalDate due = Reg15Clock.lastDayOfMonthsBeginningWith(planFirstMade, REVIEW_MONTHS);
        return new StatutoryDate(due,
                "the council reviews the plan within the 12 months starting with the date it was first made ("
                        + planFirstMade + "): that day is the first day of the period" + twelveMonthsEnd(planFirstMade, due)
                        + CalendarCounting.nonWorkingDayNote(due, holidays),
                FIRST_REVIEW_SOURCE);
    }

    /**
     * Every later review: within the 12 months starting with the date the plan was last reviewed (s44(1)(b)), a
     * review being concluded by the council's decision after the review meeting. Pass that decision date, not the
     * meeting date.
     */
    public StatutoryDate nextReviewBy(LocalDate lastReviewConcluded) {
        Objects.requireNonNull(lastReviewConcluded, "lastReviewConcluded");
        LocalDate due = Reg15Clock.lastDayOfMonthsBeginningWith(lastReviewConcluded, REVIEW_MONTHS);
        return new StatutoryDate(due,
                "the council reviews the plan again within the 12 months starting with the date it was last"
                        + " reviewed, which the hub takes as the date of the council's decision after the last review"
                        + " meeting (" + lastReviewConcluded + "), not the meeting itself: that day is the first day"
                        + " of the period" + twelveMonthsEnd(lastReviewConcluded, due)
                        + CalendarCounting.nonWorkingDayNote(due, holidays),
                NEXT_REVIEW_SOURCE);
    }

    /** Circulate the advice gathered for the review at least 2 weeks before the meeting (reg 20(4)/21(4)). */
    public StatutoryDate reviewAdviceBy(LocalDate meetingOn) {
        return weeksBefore("the person arranging the review circulates the advice and information gathered to"
                + " everyone invited", meetingOn, REVIEW_ADVICE_SOURCE);
    }

    /** Give at least 2 weeks' notice of the review meeting (reg 20(3)/21(3)). */
    public StatutoryDate meetingNoticeBy(LocalDate meetingOn) {
        return weeksBefore("notice of the review meeting is given to everyone invited", meetingOn,
                MEETING_NOTICE_SOURCE);
    }

    /** Send the review report to everyone invited within 2 weeks of the meeting (reg 20(7)/21(7)). */
    public StatutoryDate reviewReportBy(LocalDate meetingOn) {
        return weeksOf("the review report is sent to the council and everyone invited", REPORT_WEEKS, meetingOn,
                REVIEW_REPORT_SOURCE);
    }

    /**
     * The council decides whether to keep, amend or cease the plan and tells the family and the school within 4
     * weeks of the meeting (CoP 9.176); a decision to amend comes with the proposed amendments.
     */
    public StatutoryDate reviewDecisionBy(LocalDate meetingOn) {
        return weeksOf("the council notifies its decision to keep the plan as it is, amend it or cease to maintain"
                + " it", DECISION_WEEKS, meetingOn, REVIEW_DECISION_SOURCE);
    }

    /**
     * The last day of the family's representations on proposed amendments: at least 15 days beginning with the
     * day the plan and the notice of amendments were served (reg 22(2)(c)), so the served day + 14.
     */
    public StatutoryDate amendmentRepresentationsUntil(LocalDate amendmentsServedOn) {
        Objects.requireNonNull(amendmentsServedOn, "amendmentsServedOn");
        LocalDate last = CalendarCounting.lastOfDaysBeginningWith(amendmentsServedOn, REPRESENTATION_DAYS);
        return new StatutoryDate(last,
                CalendarCounting.representationsRule("the plan and the notice of proposed amendments were",
                        amendmentsServedOn, last, holidays),
                AMENDMENT_REPRESENTATIONS_SOURCE);
    }

    /**
     * The council sends the amended final plan within 8 weeks of sending the plan and the proposed amendments
     * (reg 22(3)).
     */
    public StatutoryDate amendedFinalPlanBy(LocalDate amendmentsServedOn) {
        Objects.requireNonNull(amendmentsServedOn, "amendmentsServedOn");
        LocalDate due = CalendarCounting.weeksOf(amendmentsServedOn, AMENDED_PLAN_WEEKS);
        return new StatutoryDate(due,
                CalendarCounting.weeksOfRule("the council sends the amended final plan", AMENDED_PLAN_WEEKS,
                        "sending the plan and the proposed amendments", amendmentsServedOn, due, holidays),
                AMENDED_FINAL_PLAN_SOURCE);
    }

    private static String twelveMonthsEnd(LocalDate start, LocalDate end) {
        LocalDate corresponding = start.plusMonths(REVIEW_MONTHS);
        String how = corresponding.getDayOfMonth() == start.getDayOfMonth()
                ? " and it ends the day before " + corresponding + ", so the review is due by " + end
                : " and, as " + corresponding.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                        + corresponding.getYear() + " has no day "
                        + start.getDayOfMonth() + ", it ends on the last day of that month, so the review is due by "
                        + end;
        return how + "; months are calendar months, so the date is not moved for weekends or bank holidays";
    }

    private StatutoryDate weeksOf(String duty, int weeks, LocalDate meetingOn, String source) {
        Objects.requireNonNull(meetingOn, "meetingOn");
        LocalDate due = CalendarCounting.weeksOf(meetingOn, weeks);
        return new StatutoryDate(due,
                CalendarCounting.weeksOfRule(duty, weeks, "the review meeting", meetingOn, due, holidays), source);
    }

    private StatutoryDate weeksBefore(String duty, LocalDate meetingOn, String source) {
        Objects.requireNonNull(meetingOn, "meetingOn");
        LocalDate last = CalendarCounting.weeksBefore(meetingOn, NOTICE_WEEKS);
        return new StatutoryDate(last,
                duty + " at least 2 weeks before the review meeting (" + meetingOn + "): by " + last + ", 14 days"
                        + " before it (the mirror of \"within 2 weeks of\": the meeting day itself is not one of the"
                        + " 14 days); " + CalendarCounting.NOT_MOVED + CalendarCounting.nonWorkingDayNote(last, holidays),
                source);
    }
}
