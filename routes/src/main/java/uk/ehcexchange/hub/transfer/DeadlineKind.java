package uk.ehcexchange.hub.transfer;

/** The reg 15 deadlines the ledger tracks for a transfer. */
public enum DeadlineKind {
    /** When the old council must transfer the plan by; known when the transfer starts. */
    TRANSFER_BY,
    /** When the new council must tell the family the plan transferred; known once transferred. */
    FAMILY_NOTIFICATION_BY,
    /** When the new council must review the plan by; known once transferred. */
    REVIEW_BY
}
