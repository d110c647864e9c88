package uk.ehcexchange.hub.inbox;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ehcexchange.transfer.ManifestPart;
import uk.ehcexchange.transfer.PartRole;

@Repository
public class InboundTransferRepository {

    public record InboundTransfer(String transferId, String recipientCouncil, String senderCouncil, String planId,
                                  LocalDate transferDate, Instant receivedAt, Instant acknowledgedAt, String kind,
                                  String openedCaseId) {

        /** Whether this is the hand-over of an assessment in progress rather than a plan. */
        public boolean isAssessment() {
            return "ASSESSMENT".equals(kind);
        }
    }

    private static final String COLUMNS =
            "transfer_id, recipient_la, sender_la, plan_id, transfer_date, received_at, acknowledged_at, kind, "
                    + "opened_case_id";

    private final JdbcClient jdbc;

    public InboundTransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a received transfer; the primary key refuses a second one with the same id. */
    public void store(String transferId, String recipient, String sender, String planId, LocalDate transferDate,
                      String packageJson, String packageSha256, Instant now) {
        jdbc.sql("INSERT INTO inbound_transfer (transfer_id, recipient_la, sender_la, plan_id, transfer_date, package, "
                        + "package_sha256, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(transferId, recipient, sender, planId, Date.valueOf(transferDate), packageJson, packageSha256,
                        Timestamp.from(now))
                .update();
    }

    /** Stores a received assessment hand-over (package kind ASSESSMENT): no plan. */
    public void storeHandOver(String transferId, String recipient, String sender, LocalDate transferDate,
                              String packageJson, String packageSha256, Instant now) {
        jdbc.sql("INSERT INTO inbound_transfer (transfer_id, kind, recipient_la, sender_la, transfer_date, package, "
                        + "package_sha256, received_at) VALUES (?, 'ASSESSMENT', ?, ?, ?, ?, ?, ?)")
                .params(transferId, recipient, sender, Date.valueOf(transferDate), packageJson, packageSha256,
                        Timestamp.from(now))
                .update();
    }

    /**
     * Records the case the new council opened from a hand-over; false when one was opened from it already (the
     * row is claimed by this update, so two openings at once make one case).
     */
    public boolean claimForCase(String transferId, String caseId) {
        return jdbc.sql("UPDATE inbound_transfer SET opened_case_id = ? WHERE transfer_id = ? "
                        + "AND kind = 'ASSESSMENT' AND opened_case_id IS NULL")
                .params(caseId, transferId).update() == 1;
    }

    public void storeDocument(String transferId, ManifestPart part) {
        jdbc.sql("INSERT INTO inbound_document (transfer_id, part_name, role, media_type, size_bytes, sha256) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(transferId, part.name(), part.role().code(), part.mediaType(), part.size(), part.sha256())
                .update();
    }

    public List<ManifestPart> documents(String transferId) {
        return jdbc.sql("SELECT part_name, role, media_type, size_bytes, sha256 FROM inbound_document "
                        + "WHERE transfer_id = ? ORDER BY part_name")
                .param(transferId)
                .query((rs, n) -> new ManifestPart(rs.getString(1), PartRole.fromCode(rs.getString(2)),
                        rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list();
    }

    public Optional<String> packageSha256(String transferId) {
        return jdbc.sql("SELECT package_sha256 FROM inbound_transfer WHERE transfer_id = ?").param(transferId)
                .query(String.class).optional();
    }

    public Optional<InboundTransfer> find(String transferId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbound_transfer WHERE transfer_id = ?")
                .param(transferId).query((rs, n) -> map(rs)).optional();
    }

    public List<InboundTransfer> forRecipient(String council) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbound_transfer WHERE recipient_la = ? ORDER BY received_at DESC")
                .param(council).query((rs, n) -> map(rs)).list();
    }

    /** When the transfer's documents were deleted after their retention period, if they were. */
    public Optional<Instant> contentPurgedAt(String transferId) {
        return jdbc.sql("SELECT content_purged_at FROM inbound_transfer WHERE transfer_id = ?").param(transferId)
                .query((rs, n) -> rs.getTimestamp(1)).list().stream().filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant).findFirst();
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
                acknowledged == null ? null : acknowledged.toInstant(), rs.getString(8), rs.getString(9));
    }
}
