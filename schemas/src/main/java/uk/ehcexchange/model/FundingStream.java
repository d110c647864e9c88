package uk.ehcexchange.model;

public enum FundingStream {
    EDUCATION,
    HEALTH,
    SOCIAL_CARE
}
