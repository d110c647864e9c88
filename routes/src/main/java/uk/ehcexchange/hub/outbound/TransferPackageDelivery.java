package uk.ehcexchange.hub.outbound;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.delivery.Delivery;
import uk.ehcexchange.hub.delivery.DeliveryHandler;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.DeliveryRefused;
import uk.ehcexchange.hub.delivery.TryAgainLater;
import uk.ehcexchange.hub.inbox.TransferReceiver;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.peering.PeerClient;
import uk.ehcexchange.hub.transfer.TransferLedger;
import uk.ehcexchange.hub.transfer.TransferSender;
import uk.ehcexchange.hub.transfer.TransferStatus;
import uk.ehcexchange.hub.transfer.pkg.TransferRejectedException;

/**
 * Delivers a transfer: seals the plan for the new council, hands the package to that council's inbox (on this hub)
 * or to the hub that serves it (over mutual TLS), and records the signed receipt that comes back in the sender's
 * ledger. A repeat after a crash sends the same sealed bytes; the receiver stores a package once and answers a
 * repeat with the same receipt.
 */
@Component
public class TransferPackageDelivery implements DeliveryHandler {

    private final TransferLedger ledger;
    private final TransferSender sender;
    private final TransferReceiver receiver;
    private final HubCredentials credentials;
    private final PeerClient peers;
    private final ReceiptKeeper receipts;

    public TransferPackageDelivery(TransferLedger ledger, TransferSender sender, TransferReceiver receiver,
                                   HubCredentials credentials, PeerClient peers, ReceiptKeeper receipts) {
        this.ledger = ledger;
        this.sender = sender;
        this.receiver = receiver;
        this.credentials = credentials;
        this.peers = peers;
        this.receipts = receipts;
    }

    @Override
    public DeliveryKind kind() {
        return DeliveryKind.TRANSFER;
    }

    @Override
    public void deliver(Delivery delivery) throws IOException, InterruptedException {
        String transferId = delivery.reference();
        TransferLedger.Entry entry = ledger.find(transferId)
                .orElseThrow(() -> new DeliveryRefused("transfer " + transferId + " is not in the ledger"));
        if (!EnumSet.of(TransferStatus.REQUESTED, TransferStatus.SENT).contains(entry.status())) {
            return; // answered already: an attempt repeated after its outcome was recorded in the ledger
        }
        Path sealed = sender.seal(entry);
        String recipient = entry.toCouncil();
        byte[] receipt = credentials.serves(recipient) ? receiveHere(sealed, transferId, recipient)
                : sendToPeer(sealed, transferId, recipient);
        receipts.record(receipt, transferId);
    }

    private byte[] receiveHere(Path sealed, String transferId, String recipient) throws IOException {
        try {
            return receiver.receive(sealed, transferId, recipient);
        } catch (TransferRejectedException rejection) {
            return receiver.reject(rejection, transferId, recipient);
        }
    }

    /** 200 carries the recipient's DELIVERED receipt and 422 its REJECTED one; both are signed by the council. */
    private byte[] sendToPeer(Path sealed, String transferId, String recipient)
            throws InterruptedException {
        HubProperties.Peer peer = peers.serving(recipient)
                .orElseThrow(() -> new DeliveryRefused("no-route: no hub is configured to serve " + recipient));
        PeerClient.Answer answer;
        try {
            answer = peers.deliver(peer.url(), transferId, recipient, sealed);
        } catch (IOException unreachable) {
            throw new TryAgainLater("peer " + peer.name() + " unreachable: " + unreachable, unreachable);
        }
        if (answer.status() == 200 || answer.status() == 422) {
            return answer.body();
        }
        throw PeerAnswers.failure(peer, answer.status());
    }
}
