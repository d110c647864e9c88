package uk.ehcexchange.hub.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.config.HubProperties;

/**
 * Makes one attempt at a delivery whose id came off the broker, on whichever node took the message.
 *
 * <p>The row is locked ({@code SELECT … FOR UPDATE SKIP LOCKED}) on a connection of its own for the whole attempt,
 * so no other node or consumer can attempt it at the same time (they skip it), and if this node dies mid-attempt the
 * database drops the lock with the connection and the delivery is free at once. The handler runs outside that
 * transaction (its own work commits on its own); the outcome is written on the locked row and committed last. A
 * crash between the two repeats the attempt, which every receiver recognises — so each effect happens once.
 */
@Component
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int DRAIN = 20;
    private static final String CLAIMABLE = " d.status = 'PENDING' AND d.next_attempt_at <= ? AND "
            + DeliveryRows.IS_HEAD.replace(":now", "?");
    private static final String CLAIM_BY_ID = "SELECT " + DeliveryRows.COLUMNS + " FROM delivery d "
            + "WHERE d.delivery_id = ? AND" + CLAIMABLE + " FOR UPDATE SKIP LOCKED";
    /** The head of a destination's line; one row at most matches, so only it is locked (H2 locks every match). */
    private static final String CLAIM_NEXT_OF_DESTINATION = "SELECT " + DeliveryRows.COLUMNS + " FROM delivery d "
            + "WHERE d.destination = ? AND" + CLAIMABLE + " ORDER BY d.seq FETCH FIRST 1 ROWS ONLY "
            + "FOR UPDATE SKIP LOCKED";

    private final DataSource dataSource;
    private final Map<DeliveryKind, DeliveryHandler> handlers = new EnumMap<>(DeliveryKind.class);
    private final DeliverySweep sweep;
    private final DeliveryMetrics metrics;
    private final AuditRecorder audit;
    private final Clock clock;
    private final HubProperties.DeliverySettings settings;
    private final Backoff backoff;

    public DeliveryWorker(DataSource dataSource, List<DeliveryHandler> handlers, DeliverySweep sweep,
                          DeliveryMetrics metrics, AuditRecorder audit, Clock clock, HubProperties properties) {
        this.dataSource = dataSource;
        handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
        this.sweep = sweep;
        this.metrics = metrics;
        this.audit = audit;
        this.clock = clock;
        this.settings = properties.delivery();
        this.backoff = new Backoff(settings.firstRetry(), settings.maxRetryInterval());
    }

    /**
     * Called by the delivery route for each id the broker brings. An id that is not due, or taken, is dropped. Once
     * a delivery is done, the next one to its destination (deliveries to a destination go in order, one at a time)
     * is attempted here straight away, up to {@value #DRAIN} in a row: handing each over through the broker cost
     * 0.34 s between deliveries to one council on a loaded two-core machine (resilience suite, 2026-12-07), which
     * capped a council at about two deliveries a second.
     */
    public void attempt(String deliveryId) throws SQLException {
        String destination = attemptOne(lock -> claim(lock, CLAIM_BY_ID, deliveryId));
        for (int drained = 0; destination != null; drained++) {
            if (drained == DRAIN) {
                sweep.handOverNext(destination); // the rest through the broker: other destinations get a turn
                return;
            }
            String next = destination;
            destination = attemptOne(lock -> claim(lock, CLAIM_NEXT_OF_DESTINATION, next));
        }
    }

    private interface Claim {
        Optional<Delivery> on(Connection lock) throws SQLException;
    }

    /** Attempts the delivery claimed, if any; returns its destination when the next one there may go now. */
    private String attemptOne(Claim claim) throws SQLException {
        Outcome outcome;
        Delivery delivery;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try {
                Optional<Delivery> claimed = claim.on(lock);
                if (claimed.isEmpty()) {
                    lock.rollback();
                    return null;
                }
                delivery = claimed.get();
                outcome = run(delivery);
                record(lock, delivery, outcome);
                lock.commit();
            } catch (SQLException | RuntimeException e) {
                lock.rollback();
                throw e;
            }
        }
        metrics.attempted(delivery.kind(), outcome.status());
        report(delivery, outcome);
        return outcome.status() == DeliveryStatus.PENDING ? null : delivery.destination();
    }

    private Optional<Delivery> claim(Connection lock, String sql, String key) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement select = lock.prepareStatement(sql)) {
            select.setString(1, key);
            select.setTimestamp(2, Timestamp.from(now));
            select.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(DeliveryRows.read(rs)) : Optional.empty();
            }
        }
    }

    private record Outcome(DeliveryStatus status, String error, Instant nextAttemptAt) {
    }

    private Outcome run(Delivery delivery) {
        DeliveryHandler handler = handlers.get(delivery.kind());
        if (handler == null) {
            return new Outcome(DeliveryStatus.FAILED, "no handler for " + delivery.kind() + " on this node", null);
        }
        try {
            handler.deliver(delivery);
            return new Outcome(DeliveryStatus.DELIVERED, null, null);
        } catch (DeliveryRefused refused) {
            return new Outcome(DeliveryStatus.FAILED, refused.getMessage(), null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return retry(delivery, "interrupted: the node is stopping");
        } catch (Exception passing) {
            return retry(delivery, passing instanceof TryAgainLater ? passing.getMessage() : passing.toString());
        }
    }

    private Outcome retry(Delivery delivery, String error) {
        int failures = delivery.attempts() + 1;
        if (failures >= settings.maxAttempts()) {
            return new Outcome(DeliveryStatus.FAILED, "gave up after " + failures + " attempts: " + error, null);
        }
        return new Outcome(DeliveryStatus.PENDING, error, clock.instant().plus(backoff.after(failures)));
    }

    private void record(Connection lock, Delivery delivery, Outcome outcome) throws SQLException {
        try (PreparedStatement update = lock.prepareStatement("""
                UPDATE delivery SET status = ?, attempts = attempts + 1, last_error = ?, queued_until = NULL,
                                    next_attempt_at = COALESCE(?, next_attempt_at), updated_at = ?
                WHERE delivery_id = ?""")) {
            update.setString(1, outcome.status().name());
            update.setString(2, DeliveryRows.truncate(outcome.error()));
            update.setTimestamp(3, outcome.nextAttemptAt() == null ? null : Timestamp.from(outcome.nextAttemptAt()));
            update.setTimestamp(4, Timestamp.from(clock.instant()));
            update.setString(5, delivery.deliveryId());
            update.executeUpdate();
        }
    }

    private void report(Delivery delivery, Outcome outcome) {
        switch (outcome.status()) {
            case DELIVERED -> log.info("Delivery {} ({} {} to {}) made", delivery.deliveryId(), delivery.kind(),
                    delivery.reference(), delivery.destination());
            case PENDING -> log.warn("Delivery {} ({} {} to {}) failed, attempt {}; next at {}: {}",
                    delivery.deliveryId(), delivery.kind(), delivery.reference(), delivery.destination(),
                    delivery.attempts() + 1, outcome.nextAttemptAt(), outcome.error());
            default -> audit.flagged("hub", "delivery.failed " + delivery.kind(), delivery.reference(),
                    "delivery " + delivery.deliveryId() + " to " + delivery.destination() + " failed for good: "
                            + outcome.error());
        }
    }
}
