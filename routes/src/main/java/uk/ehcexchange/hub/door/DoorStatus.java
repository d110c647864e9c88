package uk.ehcexchange.hub.door;

import org.springframework.boot.actuate.health.Status;

/**
 * The health statuses a front door reports besides Spring's own. They exist so that one door that cannot serve yet
 * does not take the node out of a load balancer for the others: the readiness group (/readyz) ranks them below UP,
 * the door's own group (/readyz-fhir) above it. application.yml holds both orders; docs/operations.md explains them.
 */
public final class DoorStatus {

    /** The door is loading what it needs (FHIR's definitions) and answers 503 with Retry-After meanwhile. */
    public static final Status WARMING = new Status("WARMING", "loading its definitions; answers 503 until warm");
    /** The door could not load what it needs; it answers 503 until the node is restarted. */
    public static final Status FAILED = new Status("FAILED", "could not start; see the log");
    /** The door is turned off on this node by configuration. */
    public static final Status DISABLED = new Status("DISABLED", "turned off by configuration");

    private DoorStatus() {
    }
}
