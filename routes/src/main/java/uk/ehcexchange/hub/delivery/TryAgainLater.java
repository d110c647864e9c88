package uk.ehcexchange.hub.delivery;

/** A delivery failed for a reason that may pass (the receiver is down, busy or slow): it is retried with back-off. */
public class TryAgainLater extends RuntimeException {

    public TryAgainLater(String reason, Throwable cause) {
        super(reason, cause);
    }

    public TryAgainLater(String reason) {
        super(reason);
    }
}
