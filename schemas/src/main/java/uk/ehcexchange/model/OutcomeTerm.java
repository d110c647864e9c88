package uk.ehcexchange.model;

public enum OutcomeTerm {
    SHORT_TERM,
    LONG_TERM
}
