package uk.ehcexchange.hub.camel;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.transfer.HubEndpoints;

/**
 * The one error policy of every route: bounded redelivery for passing faults, then the dead-letter queue with the
 * original message and the reason, so an operator can see why and replay it. Failures that no retry can mend
 * (a package that will never parse) are handled inside their route and skip the retries.
 */
@Component
public class HubErrorPolicy extends RouteConfigurationBuilder {

    public static final String ID = "hub-error-policy";
    public static final String FAILURE_REASON = "EhcFailureReason";

    private final HubProperties.Transfers settings;

    public HubErrorPolicy(HubProperties properties) {
        this.settings = properties.transfers();
    }

    @Override
    public void configuration() {
        routeConfiguration(ID).errorHandler(deadLetterChannel(HubEndpoints.DEAD_LETTER)
                .useOriginalMessage()
                .maximumRedeliveries(settings.maxRedeliveries())
                .redeliveryDelay(settings.redeliveryDelay().toMillis())
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN)
                .logExhaustedMessageBody(false)
                .onPrepareFailure(exchange -> {
                    Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    exchange.getMessage().setHeader(FAILURE_REASON,
                            cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
                }));
    }
}
