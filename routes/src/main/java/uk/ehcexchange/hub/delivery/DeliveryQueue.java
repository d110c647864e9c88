package uk.ehcexchange.hub.delivery;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The broker's part: it carries delivery ids to the consumers of every node. Losing a message loses nothing — the
 * row is the truth, and the sweep hands a row whose message went astray to the broker again.
 */
@Component
public class DeliveryQueue {

    public static final String QUEUE = "jms:queue:ehc.deliveries";
    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

    private final ProducerTemplate producer;

    public DeliveryQueue(ProducerTemplate producer) {
        this.producer = producer;
    }

    void handOver(String deliveryId) {
        try {
            producer.sendBody(QUEUE, deliveryId);
        } catch (RuntimeException brokerUnavailable) {
            log.warn("Delivery {} is recorded but could not be queued now; the sweep will hand it over again: {}",
                    deliveryId, brokerUnavailable.toString());
        }
    }
}
