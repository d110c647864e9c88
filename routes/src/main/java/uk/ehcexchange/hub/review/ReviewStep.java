package uk.ehcexchange.hub.review;

/**
 * What a council records about a review after scheduling it, in the order the regulations put them. Each is
 * recorded once, with the day it happened.
 */
public enum ReviewStep {
    /** The review meeting took place (reg 20(6) / 21(6)); the report and decision clocks start. */
    MEETING_HELD,
    /** The review report went to everyone invited (reg 20(7) / 21(7)). */
    REPORT_SENT,
    /** The council decided to maintain, amend or cease the plan (reg 20(10) / 21(8); SEN2 ReviewOutcome). */
    DECISION,
    /** The plan and the proposed amendments were sent to the family (reg 22(2)). */
    AMENDMENTS_SERVED,
    /** The family's representations on the proposed amendments arrived (reg 22(2)(c)). */
    REPRESENTATIONS_RECEIVED,
    /** The amended final plan was issued (reg 22(3)); the plan's new version is named. */
    AMENDED_FINAL_PLAN
}
