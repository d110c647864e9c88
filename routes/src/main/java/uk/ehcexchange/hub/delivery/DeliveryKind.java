package uk.ehcexchange.hub.delivery;

/** What a delivery carries, and so which {@link DeliveryHandler} makes it. */
public enum DeliveryKind {
    /** A sealed transfer package, to a council on this hub or on a peer hub. */
    TRANSFER,
    /** A signed receipt or acknowledgement, back to the council that sent a transfer. */
    RECEIPT,
    /** A final plan, as a FHIR document, to the ICB that commissions the child's health care. */
    ICB_PLAN
}
