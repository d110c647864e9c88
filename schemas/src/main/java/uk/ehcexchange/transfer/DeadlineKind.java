package uk.ehcexchange.transfer;

/** The reg 15 deadlines a transfer manifest can carry. */
public enum DeadlineKind {
    /** When the old authority must transfer the plan (reg 15(2)). */
    TRANSFER_BY,
    /** When the new authority must tell the family about the transfer, any assessment and the review (reg 15(4)). */
    FAMILY_NOTIFICATION_BY,
    /** When the new authority must review the plan (reg 15(5)). */
    REVIEW_BY
}
