package uk.ehcexchange.hub.delivery;

/**
 * Makes one kind of delivery. A handler is called with no transaction open and may take as long as its transport
 * needs; it must be safe to call again for the same delivery (after a crash the attempt is repeated), which every
 * receiver here makes harmless by recognising what it has already taken.
 */
public interface DeliveryHandler {

    DeliveryKind kind();

    /**
     * Makes the delivery, or throws {@link TryAgainLater} (a passing fault: retried with back-off) or
     * {@link DeliveryRefused} (no retry can mend it: listed for an operator at once). Any other exception is treated
     * as a passing fault too.
     */
    void deliver(Delivery delivery) throws Exception;
}
