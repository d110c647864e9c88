package uk.ehcexchange.hub.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.config.HubProperties;

/**
 * Hands the broker every delivery that is due, next in its destination's order, and not already on the broker: new
 * ones whose hand-over after commit was lost, retries whose back-off has passed, transfers whose move day has come,
 * and ones whose message went astray. Every node sweeps; {@code FOR UPDATE SKIP LOCKED} lets each row be taken by
 * one of them, which marks it queued for {@code ehc.delivery.requeue-after} before handing it over.
 */
@Component
public class DeliverySweep {

    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final HubProperties.DeliverySettings settings;

    public DeliverySweep(JdbcClient jdbc, TransactionTemplate transaction, DeliveryQueue queue, Clock clock,
                         HubProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.queue = queue;
        this.clock = clock;
        this.settings = properties.delivery();
    }

    /** Called by this node's timer. */
    public void sweep() {
        handOver(null);
    }

    /** After a delivery is done: the next one to its destination need not wait for the timer. */
    void handOverNext(String destination) {
        handOver(destination);
    }

    private void handOver(String destination) {
        Instant now = clock.instant();
        List<String> due = transaction.execute(status -> {
            // After a delivery is done, the next one of its destination goes even if marked queued: its message
            // came while it was not yet its turn, and was dropped.
            JdbcClient.StatementSpec select = jdbc.sql("SELECT d.delivery_id FROM delivery d "
                            + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND "
                            + (destination == null ? "(d.queued_until IS NULL OR d.queued_until < :now)"
                                    : "d.destination = :destination")
                            + " AND " + DeliveryRows.IS_HEAD + " ORDER BY d.seq FETCH FIRST " + BATCH
                            + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                    .param("now", Timestamp.from(now));
            List<String> ids = (destination == null ? select : select.param("destination", destination))
                    .query(String.class).list();
            if (!ids.isEmpty()) {
                jdbc.sql("UPDATE delivery SET queued_until = :until WHERE delivery_id IN (:ids)")
                        .param("until", Timestamp.from(now.plus(settings.requeueAfter())))
                        .param("ids", ids).update();
            }
            return ids;
        });
        due.forEach(queue::handOver);
    }
}
