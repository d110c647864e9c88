package uk.ehcexchange.hub.quota;

import java.io.IOException;
import uk.ehcexchange.model.validation.Violation;

/**
 * A client's quota is used up: thrown before a request is served, or while its body is read (an IOException, so
 * that parsers pass it through unchanged). Each front door answers it in its own way — a 429 problem document or
 * OperationOutcome with Retry-After, a SOAP Fault — all with the code {@code quota-exceeded}.
 */
public class QuotaExceededException extends IOException {

    private final Quota quota;
    private final long limit;
    private final long retryAfterSeconds;

    public QuotaExceededException(Quota quota, long limit, long retryAfterSeconds) {
        super("the client has used its quota of " + limit + (quota == Quota.REQUESTS ? " requests a minute"
                : " bytes of request bodies a day") + " (ehc.quotas." + quota.setting() + "); retry in "
                + retryAfterSeconds + " s");
        this.quota = quota;
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Quota quota() {
        return quota;
    }

    public long limit() {
        return limit;
    }

    /** Seconds until the quota's window ends: the Retry-After header's value. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The field a refusal names: the setting whose quota ran out. */
    public String field() {
        return quota.setting();
    }

    /** The refusal as every door reports it: the quota's setting, rule {@code within-quota}. */
    public Violation violation() {
        return new Violation(field(), "within-quota", getMessage());
    }
}
