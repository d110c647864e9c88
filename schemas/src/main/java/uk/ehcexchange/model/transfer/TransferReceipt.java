package uk.ehcexchange.model.transfer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The receiving side's answer about a transfer, returned to the sender's ledger.
 *
 * @param transferDate the day the new authority received the plan (the reg 15 "date of transfer"); set when
 *                     {@code disposition} is DELIVERED or ACKNOWLEDGED
 * @param reason       the rejection reason code, only when REJECTED
 */
public record TransferReceipt(
        String transferId,
        Disposition disposition,
        LocalDate transferDate,
        Instant at,
        String reason) {

    public enum Disposition { DELIVERED, ACKNOWLEDGED, REJECTED }
}
