package uk.ehcexchange.statutory;

/** STUB for helper review until helper clocks' library lands: the phase transfers of reg 18(1). */
public enum PhaseTransfer {
    EARLY_YEARS_TO_SCHOOL,
    INFANT_TO_JUNIOR,
    PRIMARY_TO_MIDDLE,
    PRIMARY_TO_SECONDARY,
    MIDDLE_TO_SECONDARY,
    SECONDARY_TO_POST_16
}
