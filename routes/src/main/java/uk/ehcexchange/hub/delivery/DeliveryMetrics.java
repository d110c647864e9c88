package uk.ehcexchange.hub.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox in Prometheus: {@code ehc_deliveries{kind, status}} counts the table's rows — the same figure on every
 * node, since the table is shared — and {@code ehc_delivery_attempts_total{kind, outcome}} counts this node's
 * attempts. The counts are read with one query at most every few seconds, however often they are scraped.
 */
@Component
public class DeliveryMetrics implements MeterBinder {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private MeterRegistry registry;
    private Map<String, Long> counts = Map.of();
    private Instant countedAt = Instant.MIN;

    public DeliveryMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (DeliveryKind kind : DeliveryKind.values()) {
            for (DeliveryStatus status : DeliveryStatus.values()) {
                Gauge.builder("ehc.deliveries", () -> count(kind, status))
                        .description("Deliveries in the outbox, by kind and status (FAILED: waiting for an operator)")
                        .tag("kind", kind.name()).tag("status", status.name())
                        .register(registry);
            }
        }
    }

    void attempted(DeliveryKind kind, DeliveryStatus outcome) {
        if (registry != null) {
            registry.counter("ehc.delivery.attempts", "kind", kind.name(), "outcome", outcome.name()).increment();
        }
    }

    private synchronized long count(DeliveryKind kind, DeliveryStatus status) {
        Instant now = clock.instant();
        if (countedAt.plus(FRESH_FOR).isBefore(now)) {
            Map<String, Long> fresh = new HashMap<>();
            jdbc.sql("SELECT kind, status, COUNT(*) FROM delivery GROUP BY kind, status")
                    .query(rs -> {
                        fresh.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
                    });
            counts = fresh;
            countedAt = now;
        }
        return counts.getOrDefault(kind.name() + " " + status.name(), 0L);
    }
}
