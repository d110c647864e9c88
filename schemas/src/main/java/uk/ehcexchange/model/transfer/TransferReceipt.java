package uk.ehcexchange.model.transfer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The receiving side's answer about a transfer, signed by the receiving authority and kept by the sender as proof.
 *
 * @param recipientAuthority the authority that received (and signs) the receipt
 * @param packageSha256      lower-case hex SHA-256 of the sealed package exactly as received
 * @param transferDate       the day the new authority received the plan (the reg 15 "date of transfer"); set when
 *                           {@code disposition} is DELIVERED or ACKNOWLEDGED
 * @param reason             the rejection reason code, only when REJECTED
 * @param demonstration      true when the receipt was signed with a throwaway demonstration key: it proves nothing
 */
public record TransferReceipt(
        String transferId,
        String recipientAuthority,
        Disposition disposition,
        String packageSha256,
        LocalDate transferDate,
        Instant at,
        String reason,
        boolean demonstration) {

    public enum Disposition { DELIVERED, ACKNOWLEDGED, REJECTED }
}
