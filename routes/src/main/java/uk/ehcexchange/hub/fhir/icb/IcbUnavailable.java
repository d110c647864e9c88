package uk.ehcexchange.hub.fhir.icb;

import uk.ehcexchange.hub.delivery.TryAgainLater;

/**
 * The ICB's FHIR server could not take a plan now: unreachable, timed out, or an answer a retry may mend (a 5xx,
 * 408, 429). The delivery is tried again with back-off.
 */
public class IcbUnavailable extends TryAgainLater {

    public IcbUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
