package uk.ehcexchange.statutory;

/**
 * The statutory duties the clock library computes a deadline for, named like the hub's journey clock kinds
 * ({@code uk.ehcexchange.hub.journey.ClockKind}) so a clock kind maps to its duty by name
 * ({@link #named(String)}). {@link ClockException} uses it to say which duties an exception may excuse.
 */
public enum StatutoryDuty {
    /** Notify the decision whether to secure an EHC needs assessment (reg 5(1)). */
    DECIDE_WHETHER_TO_ASSESS,
    /** A body asked to co-operate gives its advice for an EHC needs assessment (reg 8(1)). */
    ADVICE,
    /** Notify a decision, after assessment, not to secure an EHC plan (reg 10(1)). */
    DECIDE_NOT_TO_ISSUE,
    /** The family's representations on a draft plan (reg 13(1)). */
    DRAFT_REPRESENTATIONS,
    /** Send the final EHC plan (reg 13(2)). */
    FINAL_PLAN,
    /** Send the final plan after a re-assessment (reg 27(2)). */
    FINAL_PLAN_AFTER_REASSESSMENT,
    /** Review the plan within each 12-month period (Children and Families Act 2014, s44(1)). */
    ANNUAL_REVIEW,
    /** Give at least two weeks' notice of the review meeting (reg 20(3)/21(3)). */
    REVIEW_MEETING_NOTICE,
    /** Circulate the review advice at least two weeks before the meeting (reg 20(4)/21(4)). */
    REVIEW_ADVICE,
    /** Send the review report within two weeks of the meeting (reg 21(7); reg 20(7) not read, see docs/clocks.md). */
    REVIEW_REPORT,
    /** Notify the council's review decision within four weeks of the meeting (CoP 9.176; regulation text not read). */
    REVIEW_DECISION,
    /** The family's representations on proposed amendments (reg 22(2)(c)). */
    AMENDMENT_REPRESENTATIONS,
    /** Send the amended final plan (reg 22(3)). */
    AMENDED_FINAL_PLAN,
    /** Review and amend before a transfer between phases of education (reg 18). */
    PHASE_TRANSFER;

    /**
     * The duty with this name (a clock kind's {@code name()}), or {@code null} when the name is not a duty this
     * library knows &mdash; a clock kind without a duty here has no exceptions.
     */
    public static StatutoryDuty named(String name) {
        if (name == null) {
            return null;
        }
        for (StatutoryDuty duty : values()) {
            if (duty.name().equals(name)) {
                return duty;
            }
        }
        return null;
    }
}
