package uk.ehcexchange.hub.outbound;

import java.io.IOException;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.delivery.DeliveryRefused;
import uk.ehcexchange.hub.transfer.ReceiptRecorder;
import uk.ehcexchange.security.PackageRejectedException;

/**
 * Records a receipt in this hub's ledger for a delivery: a receipt that does not verify, or names a transfer the
 * ledger does not hold, is a refusal no retry mends — the delivery is listed for an operator with the reason.
 */
@Component
class ReceiptKeeper {

    private final ReceiptRecorder recorder;

    ReceiptKeeper(ReceiptRecorder recorder) {
        this.recorder = recorder;
    }

    void record(byte[] signedReceipt, String transferId) throws IOException {
        try {
            recorder.record(signedReceipt, transferId);
        } catch (PackageRejectedException e) {
            throw new DeliveryRefused("the receipt for transfer " + transferId + " does not verify: "
                    + e.reason().code());
        } catch (RejectedException e) {
            throw new DeliveryRefused(e.violations().get(0).rule() + ": " + e.getMessage());
        }
    }
}
