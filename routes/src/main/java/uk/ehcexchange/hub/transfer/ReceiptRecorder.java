package uk.ehcexchange.hub.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.transfer.TransferReceipt;

/** Keeps the receiving side's receipts in the sender's ledger: the proof that the statutory transfer happened. */
@Component
public class ReceiptRecorder {

    private static final Logger log = LoggerFactory.getLogger(ReceiptRecorder.class);

    private final TransferLedger ledger;
    private final TransferDeadlines deadlines;
    private final PlanRepository plans;
    private final ObjectMapper json;

    public ReceiptRecorder(TransferLedger ledger, TransferDeadlines deadlines, PlanRepository plans, ObjectMapper json) {
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.plans = plans;
        this.json = json;
    }

    @Transactional
    public void record(byte[] receiptJson) throws IOException {
        TransferReceipt receipt = json.readValue(receiptJson, TransferReceipt.class);
        String transferId = receipt.transferId();
        TransferLedger.Entry entry = ledger.find(transferId).orElseThrow(() ->
                new IllegalStateException("receipt for transfer " + transferId + ", which is not in this ledger"));
        switch (receipt.disposition()) {
            case DELIVERED -> delivered(entry, receipt);
            case ACKNOWLEDGED -> {
                // An acknowledgement can overtake the delivery receipt; it proves delivery too.
                delivered(entry, receipt);
                ledger.advance(transferId, EnumSet.of(TransferStatus.DELIVERED), TransferStatus.ACKNOWLEDGED,
                        receipt.at(), "acknowledged by " + entry.toCouncil());
            }
            case REJECTED -> ledger.advance(transferId, EnumSet.of(TransferStatus.REQUESTED, TransferStatus.SENT),
                    TransferStatus.REJECTED, receipt.at(), receipt.reason());
        }
        log.info("Transfer {} receipt {} recorded", transferId, receipt.disposition());
    }

    private void delivered(TransferLedger.Entry entry, TransferReceipt receipt) throws IOException {
        boolean moved = ledger.advance(entry.transferId(), EnumSet.of(TransferStatus.REQUESTED, TransferStatus.SENT),
                TransferStatus.DELIVERED, receipt.at(), "stored in the inbox of " + entry.toCouncil());
        if (moved) {
            ledger.recordTransferDate(entry.transferId(), receipt.transferDate());
            EhcPlan plan = json.readValue(plans.find(entry.planId()).orElseThrow().document(), EhcPlan.class);
            deadlines.recordOnTransfer(entry.transferId(), plan, receipt.transferDate());
        }
    }
}
