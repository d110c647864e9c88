package uk.ehcexchange.hub.outbound;

import java.io.IOException;
import java.util.Base64;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.delivery.Delivery;
import uk.ehcexchange.hub.delivery.DeliveryHandler;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.DeliveryRefused;
import uk.ehcexchange.hub.delivery.Destination;
import uk.ehcexchange.hub.delivery.TryAgainLater;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.peering.PeerClient;

/**
 * Delivers a signed receipt (an acknowledgement) to the council that sent the transfer: into its ledger when it is
 * served here, else to the hub that serves it, which records it the same way.
 */
@Component
public class ReceiptDelivery implements DeliveryHandler {

    private final HubCredentials credentials;
    private final PeerClient peers;
    private final ReceiptKeeper receipts;

    public ReceiptDelivery(HubCredentials credentials, PeerClient peers, ReceiptKeeper receipts) {
        this.credentials = credentials;
        this.peers = peers;
        this.receipts = receipts;
    }

    @Override
    public DeliveryKind kind() {
        return DeliveryKind.RECEIPT;
    }

    @Override
    public void deliver(Delivery delivery) throws IOException, InterruptedException {
        String transferId = delivery.reference();
        String sender = Destination.code(delivery.destination());
        byte[] receipt = Base64.getDecoder().decode(delivery.payload());
        if (credentials.serves(sender)) {
            receipts.record(receipt, transferId);
            return;
        }
        HubProperties.Peer peer = peers.serving(sender)
                .orElseThrow(() -> new DeliveryRefused("no-route: no hub is configured to serve " + sender));
        PeerClient.Answer answer;
        try {
            answer = peers.sendReceipt(peer.url(), transferId, receipt);
        } catch (IOException unreachable) {
            throw new TryAgainLater("peer " + peer.name() + " unreachable: " + unreachable, unreachable);
        }
        if (answer.status() / 100 != 2) {
            throw PeerAnswers.failure(peer, answer.status());
        }
    }
}
