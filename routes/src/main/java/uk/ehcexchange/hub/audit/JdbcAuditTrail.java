package uk.ehcexchange.hub.audit;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

@Repository
public class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    /** An audit entry must survive the rollback of the work it describes, so it commits on its own. */
    private final TransactionTemplate ownTransaction;

    public JdbcAuditTrail(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditEvent event) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO audit_event (occurred_at, actor, action, outcome, subject_id, reason)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(event.at()), event.actor(), truncate(event.action(), 64),
                        event.outcome().name(), truncate(event.subjectId(), 128), truncate(event.reason(), 200))
                .update());
    }

    /**
     * Records entries in the caller's transaction, in one batch: for work done in batches (bulk import), whose entries
     * must commit or roll back with the work they describe.
     */
    public void recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                        INSERT INTO audit_event (occurred_at, actor, action, outcome, subject_id, reason)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                events.stream().map(event -> new Object[] {Timestamp.from(event.at()), event.actor(),
                        truncate(event.action(), 64), event.outcome().name(), truncate(event.subjectId(), 128),
                        truncate(event.reason(), 200)}).toList());
    }

    @Override
    public List<AuditEvent> recent(int limit) {
        return jdbc.sql("""
                        SELECT occurred_at, actor, action, outcome, subject_id, reason FROM audit_event
                        ORDER BY event_id DESC FETCH FIRST ? ROWS ONLY""")
                .param(limit)
                .query((rs, n) -> new AuditEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        AuditEvent.Outcome.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
                .list();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
