package uk.ehcexchange.hub.delivery;

/** Where a delivery stands. Only PENDING deliveries are attempted; FAILED ones are an operator's work list. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    /** Failed for good (refused by the receiver, or out of attempts): waits for an operator to retry or discard. */
    FAILED,
    /** Given up by an operator, with the reason they gave. */
    DISCARDED
}
