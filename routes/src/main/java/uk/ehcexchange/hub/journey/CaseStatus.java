package uk.ehcexchange.hub.journey;

/** Where a child's statutory journey at one council stands. */
public enum CaseStatus {
    /** A request for an assessment has been received; the council has not yet decided whether to assess. */
    REQUESTED,
    /** The council decided to assess. */
    ASSESSING,
    /** A draft plan has been served on the family. */
    DRAFT_SERVED,
    /** A final plan is maintained (issued here, made before the hub or transferred in). */
    PLAN_MAINTAINED,
    /** The council decided not to assess. */
    NOT_ASSESSED,
    /** After the assessment the council decided not to issue a plan. */
    NOT_ISSUED,
    /** The request was withdrawn before a decision. */
    WITHDRAWN,
    /** The child moved before the assessment finished; the case went to another council (SEN2 Exported). */
    EXPORTED,
    /** The plan ceased. */
    CEASED
}
