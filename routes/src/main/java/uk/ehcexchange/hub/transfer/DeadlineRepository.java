package uk.ehcexchange.hub.transfer;

import java.sql.Date;
import java.util.List;
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
}
