package uk.ehcexchange.hub.fhir.icb;

/**
 * A plan delivery no retry can mend: the document breaks our profiles, or the ICB's server refused it with a 4xx.
 * The route sends it straight to the dead-letter queue with this message as the reason.
 */
public class IcbDeliveryRefused extends RuntimeException {

    public IcbDeliveryRefused(String reason) {
        super(reason);
    }
}
