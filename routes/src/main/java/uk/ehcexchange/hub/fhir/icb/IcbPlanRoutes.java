package uk.ehcexchange.hub.fhir.icb;

import java.time.Clock;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.camel.HubErrorPolicy;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirProperties;
import uk.ehcexchange.hub.transfer.HubEndpoints;

/**
 * Final plans to ICBs: send each queued delivery (retried by the hub's central error policy, then dead-lettered
 * with the reason), and sweep the outbox for deliveries the broker never got. A delivery that no retry can mend
 * goes to the dead-letter queue at once.
 */
@FhirEnabled
@Component
public class IcbPlanRoutes extends RouteBuilder {

    private final IcbPlanSender sender;
    private final IcbPlanOutbox outbox;
    private final Clock clock;
    private final FhirProperties.IcbDelivery settings;

    public IcbPlanRoutes(IcbPlanSender sender, IcbPlanOutbox outbox, Clock clock, FhirProperties properties) {
        this.sender = sender;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = properties.icbDelivery();
    }

    @Override
    public void configure() {
        // Not doTry/doCatch: inside doTry Camel bypasses the route's error handler, and with it the retries.
        from(HubEndpoints.consume(IcbPlanQueue.QUEUE, 1))
                .routeId("icb-plan-send").routeConfigurationId(HubErrorPolicy.ID)
                .onException(IcbDeliveryRefused.class).handled(true).maximumRedeliveries(0)
                    .setHeader(HubErrorPolicy.FAILURE_REASON, simple("${exception.message}"))
                    .to(HubEndpoints.DEAD_LETTER)
                .end()
                .bean(sender, "send");

        long sweep = settings.sweepInterval().toMillis();
        from("timer:icb-plan-outbox?delay=" + sweep + "&period=" + sweep)
                .routeId("icb-plan-outbox-sweep").routeConfigurationId(HubErrorPolicy.ID)
                .process(exchange -> exchange.getMessage().setBody(due()))
                .split(body())
                    .to(IcbPlanQueue.QUEUE);
    }

    /** Untried deliveries older than one sweep interval, touched so the next sweep leaves them a while. */
    private List<String> due() {
        List<String> due = outbox.untried(clock.instant(), settings.sweepInterval());
        due.forEach(id -> outbox.touch(id, clock.instant()));
        return due;
    }
}
