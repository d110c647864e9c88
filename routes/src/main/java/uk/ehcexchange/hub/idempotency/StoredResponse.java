package uk.ehcexchange.hub.idempotency;

/**
 * The answer given to a request, kept so that a resend gets the very same answer. {@code status} is kept as the
 * number the REST door answers with (the other doors read it as "created" or not), because it is stored with the
 * idempotency key and must mean the same after an upgrade.
 */
public record StoredResponse(int status, String body) {

    /** A new record was made (a new plan version 1, an advice request, a placement). */
    public static StoredResponse created(String body) {
        return new StoredResponse(201, body);
    }

    /** An existing record was replaced (a plan's next version). */
    public static StoredResponse replaced(String body) {
        return new StoredResponse(200, body);
    }

    /** Accepted for work that goes on after the answer (a transfer). */
    public static StoredResponse accepted(String body) {
        return new StoredResponse(202, body);
    }

    public boolean isCreated() {
        return status == 201;
    }
}
