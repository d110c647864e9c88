package uk.ehcexchange.hub.storage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deliveries whose content the retention job may delete, and the marks that say it went. Marking is a
 * conditional update, so when several hub nodes run the job at once exactly one of them purges each delivery.
 */
@Repository
class DeliveredContent {

    private final JdbcClient jdbc;

    DeliveredContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> receivedTransfersAcknowledgedBefore(Instant cutoff) {
        return jdbc.sql("SELECT transfer_id FROM inbound_transfer WHERE acknowledged_at < ? "
                        + "AND content_purged_at IS NULL ORDER BY acknowledged_at")
                .param(Timestamp.from(cutoff)).query(String.class).list();
    }

    /** @return whether this call marked it (false: another node did, or it was purged before) */
    boolean markReceivedTransferPurged(String transferId, Instant now) {
        return jdbc.sql("UPDATE inbound_transfer SET content_purged_at = ? WHERE transfer_id = ? "
                        + "AND content_purged_at IS NULL")
                .params(Timestamp.from(now), transferId).update() == 1;
    }

    List<String> receivedTransferDigests(String transferId) {
        return jdbc.sql("SELECT DISTINCT sha256 FROM inbound_document WHERE transfer_id = ?").param(transferId)
                .query(String.class).list();
    }

    List<String> adviceAcknowledgedBefore(Instant cutoff) {
        return jdbc.sql("SELECT response_id FROM advice_response WHERE acknowledged_at < ? "
                        + "AND content_purged_at IS NULL ORDER BY acknowledged_at")
                .param(Timestamp.from(cutoff)).query(String.class).list();
    }

    boolean markAdvicePurged(String responseId, Instant now) {
        return jdbc.sql("UPDATE advice_response SET content_purged_at = ? WHERE response_id = ? "
                        + "AND content_purged_at IS NULL")
                .params(Timestamp.from(now), responseId).update() == 1;
    }

    List<String> adviceDigests(String responseId) {
        return jdbc.sql("SELECT sha256 FROM advice_attachment WHERE response_id = ?").param(responseId)
                .query(String.class).list();
    }

    /** Sent transfers that are over: acknowledged by the new council, or rejected (a package is never resent). */
    List<String> sentTransfersFinishedBefore(Instant cutoff) {
        return jdbc.sql("SELECT transfer_id FROM transfer WHERE status IN ('ACKNOWLEDGED', 'REJECTED') "
                        + "AND updated_at < ? AND package_purged_at IS NULL ORDER BY updated_at")
                .param(Timestamp.from(cutoff)).query(String.class).list();
    }

    boolean markPackagePurged(String transferId, Instant now) {
        return jdbc.sql("UPDATE transfer SET package_purged_at = ? WHERE transfer_id = ? AND package_purged_at IS NULL")
                .params(Timestamp.from(now), transferId).update() == 1;
    }
}
