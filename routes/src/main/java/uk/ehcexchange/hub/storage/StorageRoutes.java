package uk.ehcexchange.hub.storage;

import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Runs {@link StorageHousekeeping} every {@code ehc.retention.interval}, the first time a minute after start. */
@Component
class StorageRoutes extends RouteBuilder {

    private final StorageHousekeeping housekeeping;
    private final long periodMillis;
    private final long delayMillis;

    StorageRoutes(StorageHousekeeping housekeeping, RetentionProperties settings) {
        this.housekeeping = housekeeping;
        this.periodMillis = settings.interval().toMillis();
        // Not a whole interval: a hub restarted more often than that would otherwise never clean up.
        this.delayMillis = Math.min(periodMillis, Duration.ofMinutes(1).toMillis());
    }

    @Override
    public void configure() {
        from("timer:storage-housekeeping?delay=" + delayMillis + "&period=" + periodMillis)
                .routeId("storage-housekeeping")
                .bean(housekeeping, "run");
    }
}
