package uk.ehcexchange.model;

/** Why a plan ceased, following the SEN2 CeaseReason categories. */
public enum CeasedReason {
    /** SEN2 code 5: the plan transferred to another local authority in England. */
    TRANSFERRED_TO_ANOTHER_LA,
    OUTCOMES_ACHIEVED,
    MOVED_OUTSIDE_ENGLAND,
    MOVED_INTO_EMPLOYMENT_OR_HIGHER_EDUCATION,
    NO_LONGER_WISHES_TO_ENGAGE,
    REACHED_AGE_25,
    DIED,
    OTHER
}
