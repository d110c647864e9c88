package uk.ehcexchange.hub.fhir.icb;

/**
 * The ICB's FHIR server could not take a plan now: unreachable, timed out, or an answer a retry may mend (a 5xx,
 * 408, 429). The route's error policy retries the delivery, then dead-letters it.
 */
public class IcbUnavailable extends RuntimeException {

    public IcbUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
