package uk.ehcexchange.hub.transfer;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ehcexchange.transfer.TransferDeadline;
import uk.ehcexchange.transfer.DeadlineKind;

@Repository
public class DeadlineRepository {

    private final JdbcClient jdbc;

    public DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a deadline once: it is computed when the duty starts and is not recomputed later, even if the bank
     * holiday list changes, because it is the record of what the hub told the councils.
     */
    public void recordOnce(String transferId, TransferDeadline deadline) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM transfer_deadline WHERE transfer_id = ? AND kind = ?")
                .params(transferId, deadline.kind().name()).query(Integer.class).single() > 0;
        if (known) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO transfer_deadline (transfer_id, kind, due_on, rule_text, source) VALUES (?, ?, ?, ?, ?)")
                    .params(transferId, deadline.kind().name(), Date.valueOf(deadline.dueOn()), deadline.rule(),
                            deadline.source())
                    .update();
        } catch (DuplicateKeyException recordedConcurrently) {
            // Another consumer recorded the same deadline first; the first record stands.
        }
    }

    public List<TransferDeadline> forTransfer(String transferId) {
        return jdbc.sql("SELECT kind, due_on, rule_text, source FROM transfer_deadline WHERE transfer_id = ?")
                .param(transferId)
                .query((rs, n) -> new TransferDeadline(DeadlineKind.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                        rs.getString(3), rs.getString(4)))
                .list()
                .stream()
                .sorted((a, b) -> a.kind().compareTo(b.kind()))
                .toList();
    }

    /** A plan's latest transfer into a council and the reg 15(5) review deadline the hub recorded for it. */
    public record TransferredIn(String transferId, LocalDate transferDate, TransferDeadline reviewBy) {
    }

    /**
     * The latest transfer of {@code planId} into {@code council} that the hub recorded a REVIEW_BY deadline for,
     * whether the council received it from another hub (inbound_transfer) or from a council on this one (the ledger).
     */
    public Optional<TransferredIn> latestTransferIn(String council, String planId) {
        return jdbc.sql("""
                        SELECT t.transfer_id, t.transfer_date, d.due_on, d.rule_text, d.source FROM (
                            SELECT transfer_id, transfer_date FROM inbound_transfer WHERE recipient_la = ? AND plan_id = ?
                            UNION
                            SELECT transfer_id, transfer_date FROM transfer
                            WHERE to_la = ? AND plan_id = ? AND transfer_date IS NOT NULL
                        ) t JOIN transfer_deadline d ON d.transfer_id = t.transfer_id AND d.kind = ?
                        ORDER BY t.transfer_date DESC""")
                .params(council, planId, council, planId, DeadlineKind.REVIEW_BY.name())
                .query((rs, n) -> new TransferredIn(rs.getString(1), rs.getDate(2).toLocalDate(),
                        new TransferDeadline(DeadlineKind.REVIEW_BY, rs.getDate(3).toLocalDate(), rs.getString(4),
                                rs.getString(5))))
                .list().stream().findFirst();
    }
}
