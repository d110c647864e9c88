package uk.ehcexchange.hub.camel;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.delivery.DeliveryQueue;
import uk.ehcexchange.hub.delivery.DeliverySweep;
import uk.ehcexchange.hub.delivery.DeliveryWorker;

/**
 * Every outbound delivery travels one path: the broker brings a delivery id to a consumer on any node, which makes
 * one attempt; each node's timer sweeps the outbox for deliveries that are due and not on the broker.
 */
@Component
public class DeliveryRoutes extends RouteBuilder {

    private final DeliveryWorker worker;
    private final DeliverySweep sweep;
    private final HubProperties.DeliverySettings settings;

    public DeliveryRoutes(DeliveryWorker worker, DeliverySweep sweep, HubProperties properties) {
        this.worker = worker;
        this.sweep = sweep;
        this.settings = properties.delivery();
    }

    @Override
    public void configure() {
        // Transacted: the message is acknowledged once the attempt's outcome is committed, not before.
        from(DeliveryQueue.QUEUE + "?transacted=true&concurrentConsumers=" + settings.consumers())
                .routeId("delivery-attempt").routeConfigurationId(HubErrorPolicy.ID)
                .bean(worker, "attempt");

        long sweepMillis = settings.sweepInterval().toMillis();
        from("timer:delivery-sweep?delay=" + sweepMillis + "&period=" + sweepMillis)
                .routeId("delivery-sweep").routeConfigurationId(HubErrorPolicy.ID)
                .bean(sweep, "sweep");
    }
}
