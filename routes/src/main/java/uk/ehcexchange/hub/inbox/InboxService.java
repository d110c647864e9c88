package uk.ehcexchange.hub.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.ContentPurged;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.Destination;
import uk.ehcexchange.hub.delivery.Outbox;
import uk.ehcexchange.hub.transfer.DeadlineRepository;
import uk.ehcexchange.hub.transfer.pkg.DocumentParts;
import uk.ehcexchange.model.AdviceReceived;
import uk.ehcexchange.model.EhcPlan;
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
    private final TransactionTemplate transaction;
    private final HubCredentials credentials;
    private final Outbox outbox;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;

    public InboxService(InboundTransferRepository inbound, DeadlineRepository deadlines, TransferReceiver receiver,
                        TransactionTemplate transaction, HubCredentials credentials, Outbox outbox, AuditRecorder audit, ObjectMapper json, Clock clock) {
        this.credentials = credentials;
        this.outbox = outbox;
        this.inbound = inbound;
        this.deadlines = deadlines;
        this.receiver = receiver;
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
     * The plan of an inbox item, for the formats that show only a plan (council XML, SOAP, CSV). An assessment
     * hand-over has none: it is refused with 409 naming the JSON form that shows it.
     */
    public static EhcPlan planOf(InboxItem item) {
        if (item.plan() == null) {
            throw RejectedException.of(Rejection.CONFLICT, "transferId", "plan-transfer",
                    "transfer " + item.transferId() + " hands over an assessment in progress and carries no plan;"
                            + " read it as JSON (GET /api/v1/councils/{council}/inbox/{transferId})",
                    item.transferId());
        }
        return item.plan();
    }

    /**
     * Records that the council's system has taken the transfer and, in the same transaction, schedules the signed
     * acknowledgement for the sender's ledger (on this hub or another). Acknowledging again changes nothing.
     */
    public InboxItem acknowledge(ClientIdentity client, String council, String transferId) {
        requireOwnInbox(client, council);
        find(council, transferId);
        InboundTransferRepository.InboundTransfer acknowledged = transaction.execute(status -> {
            inbound.acknowledge(transferId, clock.instant());
            InboundTransferRepository.InboundTransfer now = find(council, transferId);
            byte[] receipt = sign(new TransferReceipt(transferId, council, TransferReceipt.Disposition.ACKNOWLEDGED,
                    inbound.packageSha256(transferId).orElse(null), now.transferDate(), now.acknowledgedAt(), null,
                    credentials.demonstration()));
            outbox.schedule(new Outbox.NewDelivery(DeliveryKind.RECEIPT, transferId,
                    Destination.council(now.senderCouncil()), "RECEIPT " + transferId + " ACKNOWLEDGED",
                    Base64.getEncoder().encodeToString(receipt), null));
            return now;
        });
        audit.accepted(client, "inbox.acknowledge", transferId);
        return item(acknowledged, null);
    }

    private byte[] sign(TransferReceipt receipt) {
        try {
            return receiver.signedReceipt(receipt);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the acknowledgement", e);
        }
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
                stored == null ? null : stored.plan(), t.isAssessment() ? "ASSESSMENT" : null, t.openedCaseId(),
                stored == null ? null : stored.assessment());
    }

    /** The documents that travelled with the plan, each with the section K reference it answers to. */
    private List<InboxItem.Document> documents(String transferId, StoredPackage stored) {
        List<AdviceReceived> advice = stored.plan() == null ? List.of() : stored.plan().sections().k().advice();
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
