package uk.ehcexchange.hub.transfer;

import java.time.LocalDate;
import java.util.List;
import uk.ehcexchange.transfer.TransferDeadline;

/** A ledger entry as the API shows it to the two councils concerned. */
public record TransferView(
        String transferId,
        String planId,
        String fromCouncil,
        String toCouncil,
        LocalDate moveDate,
        LocalDate awareOn,
        LocalDate transferDate,
        TransferStatus status,
        String reason,
        List<TransferLedger.Event> history,
        List<TransferDeadline> deadlines) {
}
