package uk.ehcexchange.hub.inbox;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ehcexchange.model.transfer.TransferManifest;

@Repository
public class InboundTransferRepository {

    public record InboundTransfer(String transferId, String recipientCouncil, String senderCouncil, String planId,
                                  LocalDate transferDate, Instant receivedAt, Instant acknowledgedAt) {
    }

    private static final String COLUMNS =
            "transfer_id, recipient_la, sender_la, plan_id, transfer_date, received_at, acknowledged_at";

    private final JdbcClient jdbc;

    public InboundTransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a received transfer unless it is already here; the primary key makes a redelivery a no-op. */
    public boolean storeOnce(TransferManifest manifest, LocalDate transferDate, String packageJson, Instant now) {
        if (find(manifest.transferId()).isPresent()) {
            return false;
        }
        jdbc.sql("INSERT INTO inbound_transfer (transfer_id, recipient_la, sender_la, plan_id, transfer_date, package, "
                        + "received_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(manifest.transferId(), manifest.toCouncil(), manifest.fromCouncil(), manifest.planId(),
                        Date.valueOf(transferDate), packageJson, Timestamp.from(now))
                .update();
        return true;
    }

    public Optional<InboundTransfer> find(String transferId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbound_transfer WHERE transfer_id = ?")
                .param(transferId).query((rs, n) -> map(rs)).optional();
    }

    public List<InboundTransfer> forRecipient(String council) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbound_transfer WHERE recipient_la = ? ORDER BY received_at DESC")
                .param(council).query((rs, n) -> map(rs)).list();
    }

    public String packageOf(String transferId) {
        return jdbc.sql("SELECT package FROM inbound_transfer WHERE transfer_id = ?").param(transferId)
                .query(String.class).single();
    }

    /** Sets the acknowledgement time once; acknowledging again keeps the first time. */
    public void acknowledge(String transferId, Instant now) {
        jdbc.sql("UPDATE inbound_transfer SET acknowledged_at = ? WHERE transfer_id = ? AND acknowledged_at IS NULL")
                .params(Timestamp.from(now), transferId)
                .update();
    }

    private static InboundTransfer map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp acknowledged = rs.getTimestamp(7);
        return new InboundTransfer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getTimestamp(6).toInstant(),
                acknowledged == null ? null : acknowledged.toInstant());
    }
}
