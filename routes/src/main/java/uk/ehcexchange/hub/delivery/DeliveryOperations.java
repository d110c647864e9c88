package uk.ehcexchange.hub.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;

/**
 * The operators' work list: deliveries that failed for good, each with its reason, to retry once the cause is
 * mended or to discard with a reason of their own. Each action is audited with the operator's name.
 */
@Service
public class DeliveryOperations {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final DeliveryQueue queue;
    private final AuditRecorder audit;
    private final Clock clock;

    public DeliveryOperations(JdbcClient jdbc, Outbox outbox, DeliveryQueue queue, AuditRecorder audit, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
    }

    /** The deliveries in one status, oldest first, at most {@code limit}. */
    public List<Delivery> list(DeliveryStatus status, int limit) {
        return jdbc.sql("SELECT " + DeliveryRows.COLUMNS + " FROM delivery d WHERE d.status = ? ORDER BY d.seq "
                        + "FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")
                .param(status.name()).query((rs, n) -> DeliveryRows.read(rs)).list();
    }

    public Delivery find(String deliveryId) {
        return outbox.find(deliveryId).orElseThrow(() -> RejectedException.of(Rejection.NOT_FOUND, "deliveryId",
                "known-delivery", "there is no delivery " + deliveryId, deliveryId));
    }

    /** A FAILED delivery goes again now, with a fresh count of attempts. */
    @Transactional
    public Delivery retry(String operator, String deliveryId) {
        Instant now = clock.instant();
        resolve(operator, deliveryId, "delivery.retry", "UPDATE delivery SET status = 'PENDING', attempts = 0, "
                        + "next_attempt_at = ?, queued_until = NULL, resolved_by = ?, resolution_note = ?, "
                        + "updated_at = ? WHERE delivery_id = ? AND status = 'FAILED'",
                Timestamp.from(now), operator, "retried", Timestamp.from(now), deliveryId);
        queue.handOverAfterCommit(deliveryId);
        return find(deliveryId);
    }

    /** A FAILED delivery is given up, with the operator's reason; nothing will send it. */
    @Transactional
    public Delivery discard(String operator, String deliveryId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RejectedException.of(Rejection.VALIDATION_FAILED, "reason", "required",
                    "say why the delivery is discarded", deliveryId);
        }
        resolve(operator, deliveryId, "delivery.discard", "UPDATE delivery SET status = 'DISCARDED', "
                        + "resolved_by = ?, resolution_note = ?, updated_at = ? WHERE delivery_id = ? "
                        + "AND status = 'FAILED'",
                operator, DeliveryRows.truncate(reason), Timestamp.from(clock.instant()), deliveryId);
        return find(deliveryId);
    }

    private void resolve(String operator, String deliveryId, String action, String sql, Object... params) {
        Delivery delivery = find(deliveryId);
        if (delivery.status() != DeliveryStatus.FAILED
                || jdbc.sql(sql).params(params).update() != 1) {
            audit.rejected(operator, action, deliveryId, "only-failed-deliveries (it is " + delivery.status() + ")");
            throw RejectedException.of(Rejection.CONFLICT, "deliveryId", "only-failed-deliveries",
                    "only a FAILED delivery can be retried or discarded; this one is " + delivery.status(), deliveryId);
        }
        audit.accepted(operator, action, deliveryId);
    }
}
