package uk.ehcexchange.hub.storage;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.DatabaseUnavailable;
import uk.ehcexchange.hub.quota.QuotaUsage;

/**
 * The periodic job that keeps storage from filling up ({@code ehc.retention.interval}): delivered content past its
 * retention period, orphaned files, and quota counters of windows long over. Each step is safe to run on several
 * hub nodes at once and to repeat; a step that fails is logged and tried again at the next run, without stopping
 * the others.
 */
@Component
public class StorageHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(StorageHousekeeping.class);

    private final DeliveredContentRetention retention;
    private final OrphanSweep orphans;
    private final QuotaUsage quotas;
    private final Clock clock;

    public StorageHousekeeping(DeliveredContentRetention retention, OrphanSweep orphans, QuotaUsage quotas,
                               Clock clock) {
        this.retention = retention;
        this.orphans = orphans;
        this.quotas = quotas;
        this.clock = clock;
    }

    public void run() {
        Instant now = clock.instant();
        step("retention of delivered content", () -> retention.purge(now));
        step("orphan sweep", () -> orphans.sweep(now));
        step("old quota counters", () -> quotas.forgetWindowsBefore(now.minus(QuotaUsage.KEPT_FOR)));
    }

    private interface Step {
        Object run() throws Exception;
    }

    private static void step(String name, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            if (DatabaseUnavailable.causedBy(e)) {
                log.warn("Storage housekeeping step '{}' could not reach the database; it runs again at the next "
                        + "interval: {}", name, e.toString());
            } else {
                log.error("Storage housekeeping step '{}' failed; it runs again at the next interval", name, e);
            }
        }
    }
}
