package uk.ehcexchange.hub.review;

/** An annual review (s44), or one that also prepares a phase transfer and has reg 18's fixed date as well. */
public enum ReviewKind {
    ANNUAL,
    PHASE_TRANSFER
}
