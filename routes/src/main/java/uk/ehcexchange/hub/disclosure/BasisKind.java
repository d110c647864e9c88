package uk.ehcexchange.hub.disclosure;

/** What a disclosure rests on. */
public enum BasisKind {
    /** The consent of the child's parent or of the young person (reg 17(1)), recorded by the council. */
    CONSENT,
    /** One of the purposes for which reg 17(1) allows disclosure without consent, recorded by the council. */
    STATUTORY_PURPOSE,
    /** A disclosure the Regulations require (reg 15, reg 13(2)(c)): recorded by the hub, never by a caller. */
    STATUTORY_DUTY
}
