package uk.ehcexchange.statutory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Deadlines of an EHC needs assessment (SEND Regulations 2014, regs 5, 8, 10, 13 and 27). Pure functions of their
 * arguments; nothing reads the clock.
 *
 * <h2>Interpretations</h2>
 * <ul>
 *   <li><b>"within N weeks of" the request, of receiving the advice request, or of the re-assessment decision
 *       (regs 5(1), 8(1), 10(1), 13(2), 27(2))</b>: the trigger day is not counted, so the last day is the trigger
 *       plus N weeks, the same weekday (as {@link Reg15Clock#familyNotificationBy} reads reg 15(4)). The sources
 *       read do not settle it; some practitioners count the request day as day 1, a day earlier, and each rule
 *       names that date as well.</li>
 *   <li><b>"at least 15 days beginning with the day on which the draft plan was served" (reg 13(1))</b>: the day
 *       served is day 1, so representations may be made up to and including the served day + 14.</li>
 *   <li><b>Calendar weeks and days</b>: none of these regulations says "working days", so no date is moved off a
 *       weekend or bank holiday; the rule only says when it falls on one. The calendar is used for that note.</li>
 *   <li><b>Trigger</b>: regs 5, 10 and 13 also run from the council "becoming responsible" for the child under
 *       s24 of the Children and Families Act 2014 (a child who moves in mid-assessment); pass that date as
 *       {@code requestReceived} then. An advice request delivered through the hub is received when it is made,
 *       so its request date is the reg 8 trigger.</li>
 * </ul>
 * Exceptions (regs 5(4), 8(2), 10(4), 13(3), 27(3)) never move these dates: see {@link ClockException}.
 */
public final class AssessmentClock {

    static final String DECIDE_WHETHER_TO_ASSESS_SOURCE = "SEND Regulations 2014, reg 5(1)";
    static final String ADVICE_SOURCE = "SEND Regulations 2014, reg 8(1)";
    static final String DECIDE_NOT_TO_ISSUE_SOURCE = "SEND Regulations 2014, reg 10(1)";
    static final String DRAFT_REPRESENTATIONS_SOURCE = "SEND Regulations 2014, reg 13(1)";
    static final String FINAL_PLAN_SOURCE = "SEND Regulations 2014, reg 13(2)";
    static final String FINAL_PLAN_AFTER_REASSESSMENT_SOURCE = "SEND Regulations 2014, reg 27(2)";

    private static final int DECIDE_WEEKS = 6;
    private static final int ADVICE_WEEKS = 6;
    private static final int NOT_TO_ISSUE_WEEKS = 16;
    private static final int REPRESENTATION_DAYS = 15;
    private static final int FINAL_PLAN_WEEKS = 20;
    private static final int REASSESSMENT_FINAL_PLAN_WEEKS = 14;

    private final BankHolidays holidays;

    public AssessmentClock(WorkingDayCalendar calendar) {
        this.holidays = Objects.requireNonNull(calendar, "calendar").bankHolidays();
    }

    /** The council notifies whether it will assess: within 6 weeks of receiving the request (reg 5(1)). */
    public StatutoryDate decideWhetherToAssessBy(LocalDate requestReceived) {
        return weeksOf("the council notifies its decision whether to carry out an EHC needs assessment",
                DECIDE_WEEKS, "receiving the request", requestReceived, DECIDE_WHETHER_TO_ASSESS_SOURCE);
    }

    /** A body asked for advice gives it within 6 weeks of receiving the request (reg 8(1)). */
    public StatutoryDate adviceBy(LocalDate adviceRequested) {
        return weeksOf("the body asked for advice gives it", ADVICE_WEEKS, "receiving the council's request",
                adviceRequested, ADVICE_SOURCE);
    }

    /**
     * After an assessment, the council notifies a decision not to issue a plan within 16 weeks of receiving the
     * request (reg 10(1)).
     */
    public StatutoryDate decideNotToIssueBy(LocalDate requestReceived) {
        return weeksOf("the council notifies a decision not to issue an EHC plan", NOT_TO_ISSUE_WEEKS,
                "receiving the request for an assessment", requestReceived, DECIDE_NOT_TO_ISSUE_SOURCE);
    }

    /**
     * The last day of the family's representations on a draft plan: at least 15 days beginning with the day it
     * was served (reg 13(1)), so the served day + 14. The final plan should not be issued before it ends.
     */
    public StatutoryDate draftRepresentationsUntil(LocalDate draftServedOn) {
        Objects.requireNonNull(draftServedOn, "draftServedOn");
        LocalDate last = CalendarCounting.lastOfDaysBeginningWith(draftServedOn, REPRESENTATION_DAYS);
        return new StatutoryDate(last,
                CalendarCounting.representationsRule("the draft plan was", draftServedOn, last, holidays),
                DRAFT_REPRESENTATIONS_SOURCE);
    }

    /** The council sends the final plan within 20 weeks of receiving the request (reg 13(2)). */
    public StatutoryDate finalPlanBy(LocalDate requestReceived) {
        return weeksOf("the council sends the final EHC plan", FINAL_PLAN_WEEKS,
                "receiving the request for an assessment", requestReceived, FINAL_PLAN_SOURCE);
    }

    /**
     * After a re-assessment, the council sends the final plan within 14 weeks of notifying its decision to
     * re-assess under reg 25(1) or of deciding under s44(3) that a re-assessment is necessary (reg 27(2)).
     */
    public StatutoryDate finalPlanAfterReassessmentBy(LocalDate reassessmentStarted) {
        return weeksOf("after a re-assessment the council sends the final EHC plan", REASSESSMENT_FINAL_PLAN_WEEKS,
                "the decision to re-assess", reassessmentStarted, FINAL_PLAN_AFTER_REASSESSMENT_SOURCE);
    }

    private StatutoryDate weeksOf(String duty, int weeks, String triggerWords, LocalDate trigger, String source) {
        Objects.requireNonNull(trigger, "trigger date");
        LocalDate due = CalendarCounting.weeksOf(trigger, weeks);
        return new StatutoryDate(due,
                CalendarCounting.weeksOfRule(duty, weeks, triggerWords, trigger, due, holidays), source);
    }
}
