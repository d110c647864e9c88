package uk.ehcexchange.hub.camel;

import java.util.Optional;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.inbox.TransferReceiver;
import uk.ehcexchange.hub.peering.PeerDelivery;
import uk.ehcexchange.hub.transfer.HubEndpoints;
import uk.ehcexchange.hub.transfer.ReceiptRecorder;
import uk.ehcexchange.hub.transfer.TransferSender;
import uk.ehcexchange.hub.transfer.pkg.TransferRejectedException;

/**
 * The transfer path, one route per step: send (seal the plan for the new council), receive (store it in the new
 * council's inbox and answer with a receipt), record the receipt in the sender's ledger, and sweep the outbox for
 * transfers whose move day has come or whose first hand-over to the broker failed.
 */
@Component
public class TransferRoutes extends RouteBuilder {

    private final TransferSender sender;
    private final TransferReceiver receiver;
    private final ReceiptRecorder receipts;
    private final long sweepMillis;
    private final int consumers;
    private final PeerDelivery peers;
    private final Optional<Long> peerRetryMillis;

    public TransferRoutes(TransferSender sender, TransferReceiver receiver, ReceiptRecorder receipts,
                          PeerDelivery peers, HubProperties properties) {
        this.peers = peers;
        this.peerRetryMillis = properties.peers().isEmpty() ? Optional.empty()
                : Optional.of(properties.peering().retryInterval().toMillis());
        this.sender = sender;
        this.receiver = receiver;
        this.receipts = receipts;
        this.sweepMillis = properties.transfers().outboxSweepInterval().toMillis();
        this.consumers = properties.transfers().consumers();
    }

    @Override
    public void configure() {
        from(HubEndpoints.consume(HubEndpoints.TRANSFERS_OUTBOUND, consumers))
                .routeId("transfer-send").routeConfigurationId(HubErrorPolicy.ID)
                .setHeader(TransferReceiver.TRANSFER_ID_HEADER, body())
                .bean(sender, "seal")
                .filter(body().isNotNull())
                .setHeader(TransferReceiver.RECIPIENT_HEADER, method(sender, "recipientOf"))
                // Councils served by another hub are reached by the peer-delivery route instead.
                .filter(method(sender, "servedHere(${header." + TransferReceiver.RECIPIENT_HEADER + "})"))
                .to(HubEndpoints.TRANSFERS_INBOUND);

        from(HubEndpoints.consume(HubEndpoints.TRANSFERS_INBOUND, consumers))
                .routeId("transfer-receive").routeConfigurationId(HubErrorPolicy.ID)
                .doTry()
                    .bean(receiver, "receive")
                .doCatch(TransferRejectedException.class)
                    .bean(receiver, "reject")
                .end()
                .to(HubEndpoints.TRANSFER_RECEIPTS);

        from(HubEndpoints.consume(HubEndpoints.TRANSFER_RECEIPTS, consumers))
                .routeId("receipt-record").routeConfigurationId(HubErrorPolicy.ID)
                .bean(receipts, "record");

        if (!peerRetryMillis.isEmpty()) {
            from("timer:peer-delivery?delay=1000&period=" + peerRetryMillis.get())
                    .routeId("peer-delivery").routeConfigurationId(HubErrorPolicy.ID)
                    .bean(peers, "deliverDue");
        }

        from("timer:transfer-outbox?delay=" + sweepMillis + "&period=" + sweepMillis)
                .routeId("transfer-outbox-sweep").routeConfigurationId(HubErrorPolicy.ID)
                .bean(sender, "due")
                .split(body())
                    .to(HubEndpoints.TRANSFERS_OUTBOUND);
    }
}
