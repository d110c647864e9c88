package uk.ehcexchange.hub.fhir.icb;

import uk.ehcexchange.hub.delivery.DeliveryRefused;

/**
 * A plan delivery no retry can mend: the document breaks our profiles, or the ICB's server refused it with a 4xx.
 * The delivery is marked FAILED with this message as the reason, for an operator.
 */
public class IcbDeliveryRefused extends DeliveryRefused {

    public IcbDeliveryRefused(String reason) {
        super(reason);
    }
}
