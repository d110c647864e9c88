package uk.ehcexchange.hub.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ehcexchange.model.EhcPlan;

@Repository
public class PlanRepository {

    public record StoredPlan(String planId, String owningCouncil, String status, int version, String document) {
    }

    private final JdbcClient jdbc;

    public PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredPlan> find(String planId) {
        return jdbc.sql("SELECT plan_id, owning_la, status, version, document FROM ehc_plan WHERE plan_id = ?")
                .param(planId)
                .query((rs, n) -> new StoredPlan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5)))
                .optional();
    }

    /** Stores a new plan as version 1. The primary key refuses a second plan with the same id. */
    public int insert(EhcPlan plan, String document, Instant now) {
        jdbc.sql("""
                        INSERT INTO ehc_plan (plan_id, owning_la, status, version, document, created_at, updated_at)
                        VALUES (?, ?, ?, 1, ?, ?, ?)""")
                .params(plan.planId(), plan.owningCouncil(), plan.status().name(), document, Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        return 1;
    }

    /** Replaces the plan and returns its new version; the row lock serialises concurrent updates. */
    public int update(EhcPlan plan, String document, Instant now) {
        jdbc.sql("""
                        UPDATE ehc_plan SET status = ?, version = version + 1, document = ?, updated_at = ?
                        WHERE plan_id = ?""")
                .params(plan.status().name(), document, Timestamp.from(now), plan.planId())
                .update();
        return jdbc.sql("SELECT version FROM ehc_plan WHERE plan_id = ?").param(plan.planId())
                .query(Integer.class).single();
    }
}
