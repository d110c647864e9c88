package uk.ehcexchange.hub.journey;

/**
 * The deadlines of a child's statutory journey the hub keeps, each with the duty it measures and where the duty
 * is set. The due date, the rule as applied and the exact source of each clock come from the statutory library
 * ({@code uk.ehcexchange.statutory}); this enum names the duty so clocks can be listed and closed by kind.
 * New kinds go at the end, so branches that add kinds merge without conflict.
 */
public enum ClockKind {
    DECIDE_WHETHER_TO_ASSESS("decide whether to carry out an EHC needs assessment", "SEND Regulations 2014, reg 5"),
    ADVICE("give the advice asked for the assessment", "SEND Regulations 2014, reg 8"),
    DECIDE_NOT_TO_ISSUE("notify a decision not to issue a plan after the assessment", "SEND Regulations 2014, reg 10"),
    DRAFT_REPRESENTATIONS("make representations on the draft plan and ask for a school",
            "SEND Regulations 2014, reg 13(1)"),
    FINAL_PLAN("issue the final plan", "SEND Regulations 2014, reg 13(2)"),
    FINAL_PLAN_AFTER_REASSESSMENT("issue the final plan after a re-assessment", "SEND Regulations 2014, reg 27"),
    ANNUAL_REVIEW("review the plan", "Children and Families Act 2014, s44"),
    REVIEW_ADVICE("give the advice asked for the review", "SEND Regulations 2014, reg 20(3) and 21(3)"),
    REVIEW_REPORT("send the review report", "SEND Regulations 2014, reg 20(7) and 21(7)"),
    REVIEW_DECISION("decide to maintain, amend or cease the plan after the review",
            "SEND Code of Practice 9.176; SEND Regulations 2014, reg 20(10)"),
    AMENDMENT_REPRESENTATIONS("make representations on the proposed amendments", "SEND Regulations 2014, reg 22(2)"),
    AMENDED_FINAL_PLAN("issue the amended final plan", "SEND Regulations 2014, reg 22(3)"),
    PHASE_TRANSFER("review and amend the plan before a phase transfer", "SEND Regulations 2014, reg 18");

    private final String duty;
    private final String source;

    ClockKind(String duty, String source) {
        this.duty = duty;
        this.source = source;
    }

    /** What must be done by the due date, in words. */
    public String duty() {
        return duty;
    }

    /** The provision that sets the duty (the clock's own source names the exact paragraph applied). */
    public String source() {
        return source;
    }
}
