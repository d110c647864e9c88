package uk.ehcexchange.hub.journey;

/** STUB for helper review until helper assess's journey framework lands. */
public enum ClockKind {
    ANNUAL_REVIEW, REVIEW_ADVICE, REVIEW_REPORT, REVIEW_DECISION, AMENDMENT_REPRESENTATIONS, AMENDED_FINAL_PLAN,
    PHASE_TRANSFER, REVIEW_MEETING_NOTICE
}
