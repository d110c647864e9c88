package uk.ehcexchange.model;

/** The advice a council must seek for an EHC needs assessment (SEND Regulations 2014 reg 6). */
public enum AdviceType {
    PARENT_OR_YOUNG_PERSON,
    EDUCATIONAL,
    MEDICAL,
    PSYCHOLOGICAL,
    SOCIAL_CARE,
    HEAD_TEACHER_OR_PRINCIPAL,
    PREPARING_FOR_ADULTHOOD,
    SENSORY_IMPAIRMENT,
    OTHER
}
