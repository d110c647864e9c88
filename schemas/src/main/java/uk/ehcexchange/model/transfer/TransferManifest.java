package uk.ehcexchange.model.transfer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a transfer package says about itself. The receiving side checks it before storing anything.
 *
 * @param transferId  the sender's ledger id; the receiver's idempotency key
 * @param fromCouncil DfE LA code of the old authority
 * @param toCouncil   DfE LA code of the new authority
 * @param moveDate    the day the child moves
 * @param awareOn     the day the old authority became aware of the move
 */
public record TransferManifest(
        String transferId,
        String fromCouncil,
        String toCouncil,
        String planId,
        LocalDate moveDate,
        LocalDate awareOn,
        Instant sentAt) {
}
