package uk.ehcexchange.hub.transfer;

/** The life of a transfer in the ledger: REQUESTED → SENT → DELIVERED → ACKNOWLEDGED, or REJECTED with a reason. */
public enum TransferStatus {
    /** Accepted from the old council and durable; not yet handed to the broker (it waits for the move day). */
    REQUESTED,
    /** Sealed and handed to the broker for the new council. */
    SENT,
    /** Stored in the new council's inbox; the reg 15 date of transfer. */
    DELIVERED,
    /** The new council's system has taken it. */
    ACKNOWLEDGED,
    REJECTED
}
