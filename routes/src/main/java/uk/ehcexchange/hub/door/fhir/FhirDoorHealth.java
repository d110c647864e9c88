package uk.ehcexchange.hub.door.fhir;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.door.DoorStatus;
import uk.ehcexchange.hub.fhir.FhirWarmUp;

/**
 * The FHIR door, reported as {@code fhir}: {@code WARMING} while its validator loads in the background, UP once it
 * serves, {@code FAILED} if loading failed, {@code DISABLED} where {@code ehc.fhir.enabled=false}. None of these
 * takes /readyz (the council API's readiness) below UP; /readyz-fhir answers 503 for all but UP, so a load balancer
 * routes /fhir only to nodes that serve it.
 */
@Component("fhirHealthIndicator")
class FhirDoorHealth implements HealthIndicator {

    private final ObjectProvider<FhirWarmUp> warmUp;

    FhirDoorHealth(ObjectProvider<FhirWarmUp> warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public Health health() {
        FhirWarmUp fhir = warmUp.getIfAvailable();
        if (fhir == null) {
            return Health.status(DoorStatus.DISABLED).build();
        }
        Health.Builder health = switch (fhir.state()) {
            case WARM -> Health.up();
            case WARMING -> Health.status(DoorStatus.WARMING).withDetail("retryAfterSeconds",
                    fhir.retryAfter().toSeconds());
            case FAILED -> Health.status(DoorStatus.FAILED);
        };
        return health.withDetail("path", FhirServer.PATH).build();
    }
}
