package uk.ehcexchange.hub.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.ContentPurged;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.peering.ReceiptOutbox;
import uk.ehcexchange.hub.transfer.DeadlineRepository;
import uk.ehcexchange.hub.transfer.HubEndpoints;
import uk.ehcexchange.hub.transfer.pkg.DocumentParts;
import uk.ehcexchange.model.AdviceReceived;
import uk.ehcexchange.model.transfer.TransferReceipt;
import uk.ehcexchange.transfer.DeadlineKind;
import uk.ehcexchange.transfer.ManifestPart;
import uk.ehcexchange.transfer.TransferDeadline;

/** A council's inbox of transfers received for it. A council sees only its own inbox. */
@Service
public class InboxService {

    private final InboundTransferRepository inbound;
    private final DeadlineRepository deadlines;
    private final TransferReceiver receiver;
    private final ProducerTemplate producer;
    private final TransactionTemplate transaction;
    private final HubCredentials credentials;
    private final ReceiptOutbox outbox;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;

    public InboxService(InboundTransferRepository inbound, DeadlineRepository deadlines, TransferReceiver receiver,
                        ProducerTemplate producer, TransactionTemplate transaction, HubCredentials credentials,
                        ReceiptOutbox outbox, AuditRecorder audit, ObjectMapper json, Clock clock) {
        this.credentials = credentials;
        this.outbox = outbox;
        this.inbound = inbound;
        this.deadlines = deadlines;
        this.receiver = receiver;
        this.producer = producer;
        this.transaction = transaction;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public List<InboxItem> list(ClientIdentity client, String council) {
        requireOwnInbox(client, council);
        return inbound.forRecipient(council).stream().map(t -> item(t, null)).toList();
    }

    public InboxItem read(ClientIdentity client, String council, String transferId) throws JsonProcessingException {
        requireOwnInbox(client, council);
        InboundTransferRepository.InboundTransfer transfer = find(council, transferId);
        StoredPackage stored = json.readValue(inbound.packageOf(transferId), StoredPackage.class);
        audit.accepted(client, "inbox.read", transferId);
        return item(transfer, stored);
    }

    /**
     * Records that the council's system has taken the transfer and tells the sender's ledger. Acknowledging again
     * changes nothing here but sends the receipt again, so a receipt lost on the way can be recovered.
     */
    public InboxItem acknowledge(ClientIdentity client, String council, String transferId) throws IOException {
        requireOwnInbox(client, council);
        find(council, transferId);
        transaction.executeWithoutResult(status -> inbound.acknowledge(transferId, clock.instant()));
        InboundTransferRepository.InboundTransfer acknowledged = find(council, transferId);
        byte[] receipt = receiver.signedReceipt(new TransferReceipt(transferId, council,
                TransferReceipt.Disposition.ACKNOWLEDGED, inbound.packageSha256(transferId).orElse(null),
                acknowledged.transferDate(), acknowledged.acknowledgedAt(), null, credentials.demonstration()));
        if (credentials.serves(acknowledged.senderCouncil())) {
            producer.sendBodyAndHeader(HubEndpoints.TRANSFER_RECEIPTS, receipt, TransferReceiver.TRANSFER_ID_HEADER,
                    transferId);
        } else {
            outbox.queue(transferId, TransferReceipt.Disposition.ACKNOWLEDGED.name(), acknowledged.senderCouncil(),
                    receipt, clock.instant());
        }
        audit.accepted(client, "inbox.acknowledge", transferId);
        return item(acknowledged, null);
    }

    /** One document that travelled with a transfer, by its part name. */
    public ManifestPart document(ClientIdentity client, String council, String transferId, String partName) {
        requireOwnInbox(client, council);
        find(council, transferId);
        ManifestPart part = inbound.documents(transferId).stream().filter(d -> d.name().equals(partName)).findFirst()
                .orElseThrow(() -> RejectedException.of(Rejection.NOT_FOUND, "part", "known-document",
                        "no document " + partName + " travelled with transfer " + transferId, transferId));
        inbound.contentPurgedAt(transferId).ifPresent(purgedAt -> {
            throw ContentPurged.rejection("part", "transfer " + transferId, purgedAt, transferId);
        });
        return part;
    }

    private InboundTransferRepository.InboundTransfer find(String council, String transferId) {
        return inbound.find(transferId)
                .filter(t -> t.recipientCouncil().equals(council))
                .orElseThrow(() -> RejectedException.of(Rejection.NOT_FOUND, "transferId", "known-transfer",
                        "there is no transfer " + transferId + " in the inbox of " + council, transferId));
    }

    private InboxItem item(InboundTransferRepository.InboundTransfer t, StoredPackage stored) {
        return new InboxItem(t.transferId(), t.senderCouncil(), t.planId(), t.transferDate(), t.receivedAt(),
                t.acknowledgedAt(), t.acknowledgedAt() == null ? "DELIVERED" : "ACKNOWLEDGED",
                newCouncilsDuties(t.transferId()), stored == null ? null : documents(t.transferId(), stored),
                stored == null ? null : stored.plan());
    }

    /** The documents that travelled with the plan, each with the section K reference it answers to. */
    private List<InboxItem.Document> documents(String transferId, StoredPackage stored) {
        List<AdviceReceived> advice = stored.plan().sections().k().advice();
        return inbound.documents(transferId).stream().map(part -> {
            OptionalInt position = DocumentParts.position(part.name());
            String reference = position.isPresent() && position.getAsInt() <= advice.size()
                    ? advice.get(position.getAsInt() - 1).documentReference() : null;
            return new InboxItem.Document(part.name(), reference, part.mediaType(), part.size(), part.sha256());
        }).toList();
    }

    /** The inbox shows what the new council must do; the transfer-by date was the old council's duty. */
    private List<TransferDeadline> newCouncilsDuties(String transferId) {
        return deadlines.forTransfer(transferId).stream().filter(d -> d.kind() != DeadlineKind.TRANSFER_BY).toList();
    }

    private static void requireOwnInbox(ClientIdentity client, String council) {
        if (!client.authorityCode().equals(council)) {
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, "council", "own-inbox-only",
                    "this client acts for " + client.authorityCode() + " and may not see the inbox of " + council,
                    council);
        }
    }
}
