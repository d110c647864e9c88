package uk.ehcexchange.hub.outbound;

import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.delivery.DeliveryRefused;
import uk.ehcexchange.hub.delivery.TryAgainLater;

/** What a peer hub's HTTP status means for a delivery, in one place for packages and receipts. */
final class PeerAnswers {

    private PeerAnswers() {
    }

    /**
     * A refusal (4xx: the peer does not serve the council, does not know the transfer, or finds the request wrong)
     * will not mend by itself; anything else (5xx, a busy 429 or 408) may pass.
     */
    static RuntimeException failure(HubProperties.Peer peer, int status) {
        String reason = "peer " + peer.name() + " answered HTTP " + status;
        boolean passing = status >= 500 || status == 408 || status == 429 || status < 400;
        return passing ? new TryAgainLater(reason) : new DeliveryRefused(reason);
    }
}
