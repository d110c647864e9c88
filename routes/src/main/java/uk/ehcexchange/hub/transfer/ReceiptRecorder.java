package uk.ehcexchange.hub.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.journey.JourneyLog;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.transfer.TransferReceipt;
import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.cms.ReceiptVerifier;
import uk.ehcexchange.security.cms.VerifiedReceipt;

/**
 * Keeps the receiving council's signed receipts in the sender's ledger: the proof that the statutory transfer
 * happened. A receipt is believed only once its signature verifies as the transfer's recipient authority.
 */
@Component
public class ReceiptRecorder {

    private static final Logger log = LoggerFactory.getLogger(ReceiptRecorder.class);

    private final TransferLedger ledger;
    private final TransferDeadlines deadlines;
    private final PlanRepository plans;
    private final HubCredentials credentials;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final JourneyLog journey;

    public ReceiptRecorder(TransferLedger ledger, TransferDeadlines deadlines, PlanRepository plans,
                           HubCredentials credentials, JdbcClient jdbc, ObjectMapper json, Clock clock,
                           JourneyLog journey) {
        this.journey = journey;
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.plans = plans;
        this.credentials = credentials;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public void record(byte[] signedReceipt, String transferId) throws IOException, PackageRejectedException {
        TransferLedger.Entry entry = ledger.find(transferId).orElseThrow(() -> RejectedException.of(
                Rejection.NOT_FOUND, "transferId", "known-transfer",
                "a receipt for transfer " + transferId + ", which is not in this ledger", transferId));
        VerifiedReceipt verified = new ReceiptVerifier(credentials.trust())
                .verify(signedReceipt, entry.toCouncil(), clock.instant());
        TransferReceipt receipt = json.readValue(verified.document(), TransferReceipt.class);
        if (!transferId.equals(receipt.transferId())) {
            throw RejectedException.of(Rejection.VALIDATION_FAILED, "transferId", "receipt-matches-transfer",
                    "a receipt for " + receipt.transferId() + " arrived as " + transferId, transferId);
        }
        keepAsProof(transferId, receipt, signedReceipt);
        switch (receipt.disposition()) {
            case DELIVERED -> delivered(entry, receipt);
            case ACKNOWLEDGED -> {
                // An acknowledgement can overtake the delivery receipt; it proves delivery too.
                delivered(entry, receipt);
                if (ledger.advance(transferId, EnumSet.of(TransferStatus.DELIVERED), TransferStatus.ACKNOWLEDGED,
                        receipt.at(), "acknowledged by " + entry.toCouncil())) {
                    onHandedOverCase(entry, TransferStatus.ACKNOWLEDGED, receipt, "its case opened there from it");
                }
            }
            case REJECTED -> {
                if (ledger.advance(transferId, EnumSet.of(TransferStatus.REQUESTED, TransferStatus.SENT),
                        TransferStatus.REJECTED, receipt.at(), receipt.reason())) {
                    onHandedOverCase(entry, TransferStatus.REJECTED, receipt, "refused: " + receipt.reason());
                }
            }
        }
        log.info("Transfer {} signed receipt {} verified and recorded", transferId, receipt.disposition());
    }

    private void keepAsProof(String transferId, TransferReceipt receipt, byte[] signedReceipt) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM transfer_receipt WHERE transfer_id = ? AND disposition = ?")
                .params(transferId, receipt.disposition().name()).query(Integer.class).single() > 0;
        if (!known) {
            jdbc.sql("INSERT INTO transfer_receipt (transfer_id, disposition, signed_receipt, signer_authority, "
                            + "recorded_at) VALUES (?, ?, ?, ?, ?)")
                    .params(transferId, receipt.disposition().name(), Base64.getEncoder().encodeToString(signedReceipt),
                            receipt.recipientAuthority(), Timestamp.from(clock.instant()))
                    .update();
        }
    }

    private void delivered(TransferLedger.Entry entry, TransferReceipt receipt) throws IOException {
        boolean moved = ledger.advance(entry.transferId(), EnumSet.of(TransferStatus.REQUESTED, TransferStatus.SENT),
                TransferStatus.DELIVERED, receipt.at(), "signed receipt from " + entry.toCouncil()
                        + (receipt.demonstration() ? " (DEMONSTRATION key: proves nothing)" : ""));
        if (moved && entry.planId() == null) {
            ledger.recordTransferDate(entry.transferId(), receipt.transferDate()); // a hand-over: no plan moves
            onHandedOverCase(entry, TransferStatus.DELIVERED, receipt, "in its inbox");
        } else if (moved) {
            ledger.recordTransferDate(entry.transferId(), receipt.transferDate());
            String document = plans.find(entry.planId()).orElseThrow().document();
            EhcPlan plan = json.readValue(document, EhcPlan.class);
            deadlines.recordOnTransfer(entry.transferId(), plan, receipt.transferDate());
            plans.handOver(plan, document, entry.fromCouncil(), entry.toCouncil(), clock.instant());
        }
    }

    /**
     * The exported case's journey shows what became of its hand-over (HAND_OVER_DELIVERED, _ACKNOWLEDGED or
     * _REJECTED, ref the transfer id), so the old council reads it where it reads the export.
     */
    private void onHandedOverCase(TransferLedger.Entry entry, TransferStatus status, TransferReceipt receipt,
                                  String what) {
        ledger.handedOverCase(entry.transferId()).ifPresent(caseId -> journey.record(caseId,
                "HAND_OVER_" + status.name(), LocalDate.ofInstant(receipt.at(), clock.getZone()), "hub",
                entry.toCouncil(), "assessment hand-over " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + " by " + entry.toCouncil() + ": " + what, entry.transferId()));
    }
}
