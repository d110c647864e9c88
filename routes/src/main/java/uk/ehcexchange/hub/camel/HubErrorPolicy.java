package uk.ehcexchange.hub.camel;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one error policy of every route. A route fails only when the hub itself cannot do its work (the database is
 * unreachable, say): the failure is logged and the message let go, with no redelivery and no dead-letter queue,
 * because nothing is lost — the outbox row is still due, and the sweep hands it to the broker again once
 * {@code ehc.delivery.requeue-after} has passed. Failures of a delivery itself never reach here: the worker records
 * them on the row, with back-off, and lists those that fail for good for an operator.
 */
@Component
public class HubErrorPolicy extends RouteConfigurationBuilder {

    public static final String ID = "hub-error-policy";
    private static final String LOGGER = "uk.ehcexchange.hub.camel.HubErrorPolicy";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                // The database away (restarting, failing over) is the platform's trouble, not a fault of the hub.
                .onException(CannotCreateTransactionException.class, DataAccessResourceFailureException.class)
                    .handled(true).maximumRedeliveries(0)
                    .log(LoggingLevel.WARN, LOGGER, "Route ${routeId} could not reach the database "
                            + "(${exception.message}); the outbox keeps the work and the sweep will offer it again")
                .end()
                .onException(Exception.class).handled(true).maximumRedeliveries(0)
                    .log(LoggingLevel.ERROR, LOGGER, "Route ${routeId} could not finish "
                            + "(${exception.class.simpleName}: ${exception.message}); the outbox keeps the work and "
                            + "the sweep will offer it again");
    }
}
