package uk.ehcexchange.hub.fhir.icb;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/**
 * Final plans waiting for their ICB, one row per plan version and ICB ({@code icb_plan_delivery}). The row is the
 * durable record; the broker only carries its id, and the sweep re-queues rows the broker never got.
 */
@FhirEnabled
@Repository
public class IcbPlanOutbox {

    public enum Status { PENDING, SENT, FAILED }

    public record Delivery(String deliveryId, String planId, int planVersion, String icb, String document,
                           Status status, int attempts, String lastError, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    public IcbPlanOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String deliveryId, String planId, int planVersion, String icb, String document, Instant now) {
        jdbc.sql("""
                        INSERT INTO icb_plan_delivery (delivery_id, plan_id, plan_version, icb, document, status,
                            attempts, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(deliveryId, planId, planVersion, icb, document, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public Optional<Delivery> find(String deliveryId) {
        return jdbc.sql("""
                        SELECT delivery_id, plan_id, plan_version, icb, document, status, attempts, last_error,
                            created_at
                        FROM icb_plan_delivery WHERE delivery_id = ?""")
                .param(deliveryId)
                .query((rs, n) -> new Delivery(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), Status.valueOf(rs.getString(6)), rs.getInt(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .optional();
    }

    /** The deliveries of a plan, newest version first: what an operator (or a test) looks at. */
    public List<Delivery> forPlan(String planId) {
        return jdbc.sql("SELECT delivery_id FROM icb_plan_delivery WHERE plan_id = ? ORDER BY plan_version DESC")
                .param(planId).query(String.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    /** Rows never tried: their hand-over to the broker failed (or the hub stopped before it). */
    List<String> untried(Instant now, Duration olderThan) {
        return jdbc.sql("""
                        SELECT delivery_id FROM icb_plan_delivery
                        WHERE status = 'PENDING' AND attempts = 0 AND updated_at < ? ORDER BY created_at""")
                .param(Timestamp.from(now.minus(olderThan)))
                .query(String.class).list();
    }

    void touch(String deliveryId, Instant now) {
        jdbc.sql("UPDATE icb_plan_delivery SET updated_at = ? WHERE delivery_id = ?")
                .params(Timestamp.from(now), deliveryId).update();
    }

    void attempted(String deliveryId, Status status, String error, Instant now) {
        jdbc.sql("""
                        UPDATE icb_plan_delivery SET status = ?, attempts = attempts + 1, last_error = ?, updated_at = ?
                        WHERE delivery_id = ?""")
                .params(status.name(), error == null ? null : truncate(error), Timestamp.from(now), deliveryId)
                .update();
    }

    private static String truncate(String error) {
        return error.length() > 500 ? error.substring(0, 499) + "…" : error;
    }
}
