package uk.ehcexchange.hub.delivery;

/**
 * A delivery that no retry can mend (the receiver refused it, or there is no way to reach it): it is marked FAILED
 * with this reason at once and waits in the operators' work list.
 */
public class DeliveryRefused extends RuntimeException {

    public DeliveryRefused(String reason) {
        super(reason);
    }
}
