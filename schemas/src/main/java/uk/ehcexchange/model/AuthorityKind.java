package uk.ehcexchange.model;

public enum AuthorityKind {
    COUNCIL,
    ICB,
    NHS_TRUST
}
