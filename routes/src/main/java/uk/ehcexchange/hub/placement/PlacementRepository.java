package uk.ehcexchange.hub.placement;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ehcexchange.hub.support.JsonDocuments;

@Repository
class PlacementRepository {

    private static final String SELECT = "SELECT d.notification_id, d.recipient, d.received_at, d.acknowledged_at, "
            + "n.document FROM placement_delivery d JOIN placement_notification n "
            + "ON n.notification_id = d.notification_id ";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PlacementRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The notification and one delivery per recipient, in the caller's transaction. */
    void insert(PlacementNotification n, List<String> recipients) {
        jdbc.sql("INSERT INTO placement_notification (notification_id, plan_id, placing_la, host_la, host_icb, "
                        + "responsible_icb, placed_on, document, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(n.notificationId(), n.planId(), n.placingCouncil(), n.hostCouncil(), n.hostIcb(),
                        n.responsibleIcb(),
                        Date.valueOf(n.placedOn()), JsonDocuments.write(json, n), Timestamp.from(n.createdAt()))
                .update();
        for (String recipient : recipients) {
            jdbc.sql("INSERT INTO placement_delivery (notification_id, recipient, received_at) VALUES (?, ?, ?)")
                    .params(n.notificationId(), recipient, Timestamp.from(n.createdAt()))
                    .update();
        }
    }

    List<PlacementInboxItem> inbox(String recipient) {
        return jdbc.sql(SELECT + "WHERE d.recipient = ? ORDER BY d.received_at DESC").param(recipient)
                .query((rs, n) -> item(rs)).list();
    }

    Optional<PlacementInboxItem> find(String recipient, String notificationId) {
        return jdbc.sql(SELECT + "WHERE d.recipient = ? AND d.notification_id = ?").params(recipient, notificationId)
                .query((rs, n) -> item(rs)).optional();
    }

    /** Sets the acknowledgement time once; acknowledging again keeps the first time. */
    void acknowledge(String recipient, String notificationId, Instant now) {
        jdbc.sql("UPDATE placement_delivery SET acknowledged_at = ? "
                        + "WHERE recipient = ? AND notification_id = ? AND acknowledged_at IS NULL")
                .params(Timestamp.from(now), recipient, notificationId)
                .update();
    }

    private PlacementInboxItem item(ResultSet rs) throws SQLException {
        Timestamp acknowledged = rs.getTimestamp(4);
        return new PlacementInboxItem(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                acknowledged == null ? null : acknowledged.toInstant(),
                JsonDocuments.read(json, rs.getString(5), PlacementNotification.class));
    }
}
