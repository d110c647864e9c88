package uk.ehcexchange.hub.peering;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Receipts for senders on other hubs, kept until the sender's hub has taken them. */
@Repository
public class ReceiptOutbox {

    public record Pending(String transferId, String disposition, byte[] signedReceipt) {
    }

    private final JdbcClient jdbc;

    public ReceiptOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a receipt once; queuing the same receipt again (a repeated acknowledgement) changes nothing. */
    public void queue(String transferId, String disposition, String senderAuthority, byte[] signedReceipt,
                      Instant now) {
        boolean queued = jdbc.sql("SELECT COUNT(*) FROM receipt_outbox WHERE transfer_id = ? AND disposition = ?")
                .params(transferId, disposition).query(Integer.class).single() > 0;
        if (!queued) {
            jdbc.sql("INSERT INTO receipt_outbox (transfer_id, disposition, sender_authority, signed_receipt, "
                            + "created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(transferId, disposition, senderAuthority, Base64.getEncoder().encodeToString(signedReceipt),
                            Timestamp.from(now))
                    .update();
        }
    }

    public List<Pending> pendingFor(Collection<String> senderAuthorities) {
        return jdbc.sql("SELECT transfer_id, disposition, signed_receipt FROM receipt_outbox "
                        + "WHERE sent_at IS NULL AND sender_authority IN (:senders) ORDER BY created_at")
                .param("senders", senderAuthorities)
                .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2),
                        Base64.getDecoder().decode(rs.getString(3))))
                .list();
    }

    public void sent(Pending receipt, Instant now) {
        jdbc.sql("UPDATE receipt_outbox SET sent_at = ? WHERE transfer_id = ? AND disposition = ?")
                .params(Timestamp.from(now), receipt.transferId(), receipt.disposition())
                .update();
    }
}
