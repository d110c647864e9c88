package uk.ehcexchange.hub.delivery;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The broker's part: it carries delivery ids to the consumers of every node. Losing a message loses nothing — the
 * row is the truth, and the sweep hands a row whose message went astray to the broker again.
 */
@Component
public class DeliveryQueue {

    public static final String QUEUE = "jms:queue:ehc.deliveries";
    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

    private final ProducerTemplate producer;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public DeliveryQueue(ProducerTemplate producer, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.producer = producer;
        this.jdbc = jdbc;
        // Called after a commit, when the finished transaction's resources may still be bound to the thread.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Once the caller's transaction has committed: before, a consumer would not find the row. */
    void handOverAfterCommit(String deliveryId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                handOver(deliveryId);
            }
        });
    }

    void handOver(String deliveryId) {
        try {
            producer.sendBody(QUEUE, deliveryId);
        } catch (RuntimeException brokerUnavailable) {
            log.warn("Delivery {} is recorded but could not be queued now; the next sweep hands it over again: {}",
                    deliveryId, brokerUnavailable.toString());
            notQueued(deliveryId);
        }
    }

    /**
     * The send is known to have failed (a broker failing over, say): the row need not wait out
     * {@code ehc.delivery.requeue-after} for a message that was never sent. Were deliveries to its destination held
     * back that long behind it, a failover would stall a council for half a minute.
     */
    private void notQueued(String deliveryId) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                    "UPDATE delivery SET queued_until = NULL WHERE delivery_id = ? AND status = 'PENDING'")
                    .param(deliveryId).update());
        } catch (RuntimeException databaseUnavailable) {
            log.warn("Delivery {} waits for ehc.delivery.requeue-after: {}", deliveryId,
                    databaseUnavailable.toString());
        }
    }
}
