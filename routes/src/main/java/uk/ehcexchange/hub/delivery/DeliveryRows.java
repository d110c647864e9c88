package uk.ehcexchange.hub.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** The {@code delivery} table's columns and the one rule of order, shared by the queries that need them. */
final class DeliveryRows {

    static final String COLUMNS = "d.delivery_id, d.kind, d.reference, d.destination, d.payload, d.status, "
            + "d.attempts, d.next_attempt_at, d.last_error, d.resolved_by, d.resolution_note, d.created_at, "
            + "d.updated_at";

    /**
     * Deliveries to one destination are made in the order they were scheduled: a row may go only when no older
     * row to its destination is still to go. A row waits its turn behind an older one that has failed and is waiting
     * to retry, but not behind one that is not due yet and never tried (a transfer waiting for its move day).
     * Parameter {@code :now}.
     */
    static final String IS_HEAD = """
            NOT EXISTS (SELECT 1 FROM delivery o WHERE o.destination = d.destination AND o.seq < d.seq
                        AND o.status = 'PENDING' AND (o.attempts > 0 OR o.next_attempt_at <= :now))""";

    private DeliveryRows() {
    }

    static Delivery read(ResultSet rs) throws SQLException {
        return new Delivery(rs.getString(1), DeliveryKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), DeliveryStatus.valueOf(rs.getString(6)), rs.getInt(7),
                instant(rs.getTimestamp(8)), rs.getString(9), rs.getString(10), rs.getString(11),
                instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)));
    }

    static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
