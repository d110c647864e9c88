package uk.ehcexchange.model;

public enum PlanStatus {
    DRAFT,
    FINAL,
    /** A ceased plan must say why, in {@link EhcPlan#ceasedReason()}. */
    CEASED
}
