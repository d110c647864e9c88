package uk.ehcexchange.hub.advice;

import java.util.Set;

/** The life cycle of an advice request; the same states as a FHIR Task, so a trust sees its work there unchanged. */
public enum AdviceRequestStatus {
    REQUESTED, ACCEPTED, IN_PROGRESS, COMPLETED, CANCELLED, REJECTED;

    private static final Set<AdviceRequestStatus> OPEN = Set.of(REQUESTED, ACCEPTED, IN_PROGRESS);

    /** Open requests can still be answered or change state; the others are final. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
