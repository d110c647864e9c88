package uk.ehcexchange.hub.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.config.HubProperties;

/**
 * Where a business change schedules what it must send: the row is written in the change's own transaction, so the
 * change and the promise to deliver it commit together or not at all. A delivery due now is handed to the broker as
 * soon as that transaction commits; the sweep finds it if that hand-over is lost.
 */
@Repository
public class Outbox {

    /**
     * What to deliver.
     *
     * @param dedupeKey names the effect: scheduling the same key again (a repeated acknowledgement) changes nothing
     * @param notBefore the delivery is not attempted before this instant (a transfer waits for the move day)
     */
    public record NewDelivery(DeliveryKind kind, String reference, String destination, String dedupeKey,
                              String payload, Instant notBefore) {
    }

    private final JdbcClient jdbc;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final HubProperties.DeliverySettings settings;

    public Outbox(JdbcClient jdbc, DeliveryQueue queue, Clock clock, HubProperties properties) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.clock = clock;
        this.settings = properties.delivery();
    }

    /** Schedules a delivery within the caller's transaction; returns its id (the existing one for a known key). */
    @Transactional(propagation = Propagation.MANDATORY)
    public String schedule(NewDelivery delivery) {
        Optional<String> known = jdbc.sql("SELECT delivery_id FROM delivery WHERE dedupe_key = ?")
                .param(delivery.dedupeKey()).query(String.class).optional();
        if (known.isPresent()) {
            return known.get();
        }
        Instant now = clock.instant();
        Instant due = delivery.notBefore() == null || delivery.notBefore().isBefore(now) ? now : delivery.notBefore();
        boolean dueNow = !due.isAfter(now);
        String deliveryId = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO delivery (delivery_id, kind, reference, destination, dedupe_key, payload, status,
                                              attempts, next_attempt_at, queued_until, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)""")
                .params(deliveryId, delivery.kind().name(), delivery.reference(), delivery.destination(),
                        delivery.dedupeKey(), delivery.payload(), Timestamp.from(due),
                        dueNow ? Timestamp.from(now.plus(settings.requeueAfter())) : null,
                        Timestamp.from(now), Timestamp.from(now))
                .update();
        if (dueNow) {
            queue.handOverAfterCommit(deliveryId);
        }
        return deliveryId;
    }

    public Optional<Delivery> find(String deliveryId) {
        return jdbc.sql("SELECT " + DeliveryRows.COLUMNS + " FROM delivery d WHERE d.delivery_id = ?")
                .param(deliveryId).query((rs, n) -> DeliveryRows.read(rs)).optional();
    }

    /** Every delivery of a transfer or plan, oldest first: what an operator (or a test) looks at. */
    public List<Delivery> forReference(String reference) {
        return jdbc.sql("SELECT " + DeliveryRows.COLUMNS + " FROM delivery d WHERE d.reference = ? ORDER BY d.seq")
                .param(reference).query((rs, n) -> DeliveryRows.read(rs)).list();
    }
}
