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

    /**
     * Reg 15: from the transfer date the plan is the new council's to maintain, so only the new council may update
     * it (and transfer it on). A plan that arrived from another hub is added under the new council; one held here
     * moves only from the council that transferred it, so a third council's plan under the same id is never taken.
     *
     * @return the version the plan is held at here
     */
    public int handOver(EhcPlan plan, String document, String fromCouncil, String toCouncil, Instant now) {
        int moved = jdbc.sql("UPDATE ehc_plan SET owning_la = ?, updated_at = ? WHERE plan_id = ? AND owning_la IN (?, ?)")
                .params(toCouncil, Timestamp.from(now), plan.planId(), fromCouncil, toCouncil).update();
        if (moved == 0 && find(plan.planId()).isEmpty()) {
            jdbc.sql("""
                            INSERT INTO ehc_plan (plan_id, owning_la, status, version, document, created_at, updated_at)
                            VALUES (?, ?, ?, 1, ?, ?, ?)""")
                    .params(plan.planId(), toCouncil, plan.status().name(), document, Timestamp.from(now),
                            Timestamp.from(now))
                    .update();
        }
        return jdbc.sql("SELECT version FROM ehc_plan WHERE plan_id = ?").param(plan.planId())
                .query(Integer.class).single();
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
