package uk.ehcexchange.hub.peering;

import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.transfer.ReceiptRecorder;
import uk.ehcexchange.hub.transfer.TransferLedger;
import uk.ehcexchange.hub.transfer.pkg.PackageStore;
import uk.ehcexchange.security.PackageRejectedException;

/**
 * Delivers sealed packages and receipts to other hubs, peer by peer, oldest first. A peer that cannot be reached
 * stops its queue (nothing overtakes what is waiting) until the next round; the ledger is the queue, so a peer
 * that is offline for a day gets everything when it returns, in order, and the receiver's package-id check makes
 * a resend after a lost answer harmless.
 */
@Component
public class PeerDelivery {

    private static final Logger log = LoggerFactory.getLogger(PeerDelivery.class);

    private final HubProperties properties;
    private final TransferLedger ledger;
    private final ReceiptRecorder receipts;
    private final ReceiptOutbox outbox;
    private final PackageStore store;
    private final PeerClient client;
    private final Clock clock;
    private final PeerBackoff backoff;

    public PeerDelivery(HubProperties properties, TransferLedger ledger, ReceiptRecorder receipts, ReceiptOutbox outbox,
                        PackageStore store, PeerClient client, Clock clock) {
        this.properties = properties;
        this.ledger = ledger;
        this.receipts = receipts;
        this.outbox = outbox;
        this.store = store;
        this.client = client;
        this.clock = clock;
        this.backoff = new PeerBackoff(properties.peering().retryInterval(), properties.peering().maxRetryInterval(),
                clock);
    }

    public void deliverDue() throws InterruptedException {
        for (HubProperties.Peer peer : properties.peers()) {
            if (!backoff.due(peer.name())) {
                continue;
            }
            if (deliverPackages(peer) && deliverReceipts(peer)) {
                backoff.succeeded(peer.name());
            } else {
                backoff.failed(peer.name());
            }
        }
    }

    /** Returns false when the peer could not be reached, so nothing more is tried with it this round. */
    private boolean deliverPackages(HubProperties.Peer peer) throws InterruptedException {
        for (String transferId : ledger.sentTo(peer.authorities())) {
            TransferLedger.Entry entry = ledger.find(transferId).orElseThrow();
            try {
                PeerClient.Answer answer = client.deliver(peer.url(), transferId, entry.toCouncil(),
                        store.outbound(transferId));
                if (answer.status() != 200 && answer.status() != 422) {
                    log.warn("Peer {} answered {} for transfer {}; will retry", peer.name(), answer.status(), transferId);
                    return false;
                }
                // 200 carries a DELIVERED receipt, 422 a REJECTED one; both are signed by the recipient council.
                receipts.record(answer.body(), transferId);
            } catch (IOException e) {
                log.warn("Peer {} unreachable for transfer {}; will retry: {}", peer.name(), transferId, e.toString());
                return false;
            } catch (PackageRejectedException e) {
                log.error("Peer {} answered transfer {} with a receipt that does not verify ({}); will retry",
                        peer.name(), transferId, e.reason().code());
                return false;
            }
        }
        return true;
    }

    /** Returns false when the peer could not take a receipt; the rest wait for the next round. */
    private boolean deliverReceipts(HubProperties.Peer peer) throws InterruptedException {
        for (ReceiptOutbox.Pending receipt : outbox.pendingFor(peer.authorities())) {
            try {
                PeerClient.Answer answer = client.sendReceipt(peer.url(), receipt.transferId(), receipt.signedReceipt());
                if (answer.status() / 100 != 2) {
                    log.warn("Peer {} answered {} to the {} receipt of transfer {}; will retry", peer.name(),
                            answer.status(), receipt.disposition(), receipt.transferId());
                    return false;
                }
                outbox.sent(receipt, clock.instant());
            } catch (IOException e) {
                log.warn("Peer {} unreachable for a receipt; will retry: {}", peer.name(), e.toString());
                return false;
            }
        }
        return true;
    }
}
