package uk.ehcexchange.hub.core;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (down, restarting, out of connections) rather than that the
 * hub is wrong: such a request is answered 503 {@code database-unavailable} with Retry-After — nothing was stored, a
 * resend with the same Idempotency-Key will do — not a 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a caller is asked to wait: about how long a database restart or failover takes. */
    public static final long RETRY_AFTER_SECONDS = 10;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
