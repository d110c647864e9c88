package uk.ehcexchange.hub.transfer;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The transfer ledger: one row per transfer with its current status, and the history of every status it had. */
@Repository
public class TransferLedger {

    public record Entry(String transferId, String planId, String fromCouncil, String toCouncil, LocalDate moveDate,
                        LocalDate awareOn, LocalDate transferDate, TransferStatus status, String reason) {
    }

    public record Event(TransferStatus status, Instant at, String detail) {
    }

    private final JdbcClient jdbc;

    public TransferLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the hand-over of an assessment in progress (package kind ASSESSMENT): it names the case it hands over,
     * not a plan, and then travels exactly as a plan transfer does.
     */
    @Transactional
    public void openHandOver(String transferId, String caseId, String fromCouncil, String toCouncil,
                             LocalDate movedOn, LocalDate awareOn, String handOverJson, Instant now) {
        jdbc.sql("""
                        INSERT INTO transfer (transfer_id, kind, case_id, from_la, to_la, move_date, aware_on, status,
                                              created_at, updated_at, hand_over)
                        VALUES (?, 'ASSESSMENT', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(transferId, caseId, fromCouncil, toCouncil, Date.valueOf(movedOn), Date.valueOf(awareOn),
                        TransferStatus.REQUESTED.name(), Timestamp.from(now), Timestamp.from(now), handOverJson)
                .update();
        recordEvent(transferId, TransferStatus.REQUESTED, now, "hand-over of an assessment in progress");
    }

    /** The case an assessment hand-over carries; empty for a plan transfer. */
    public Optional<String> handedOverCase(String transferId) {
        return jdbc.sql("SELECT case_id FROM transfer WHERE transfer_id = ? AND kind = 'ASSESSMENT'")
                .param(transferId).query(String.class).optional();
    }

    /** The request document recorded when the case was exported ({@code assessment/request.json} less advice). */
    public String handOverDocument(String transferId) {
        return jdbc.sql("SELECT hand_over FROM transfer WHERE transfer_id = ?").param(transferId)
                .query(String.class).single();
    }

    /** The hand-over that carried a case to the council the child moved to, if the case was exported. */
    public Optional<String> handOverOf(String caseId) {
        return jdbc.sql("SELECT transfer_id FROM transfer WHERE case_id = ? AND kind = 'ASSESSMENT'")
                .param(caseId).query(String.class).optional();
    }

    @Transactional
    public void open(Entry entry, Instant now) {
        jdbc.sql("""
                        INSERT INTO transfer (transfer_id, plan_id, from_la, to_la, move_date, aware_on, status,
                                              created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.transferId(), entry.planId(), entry.fromCouncil(), entry.toCouncil(),
                        Date.valueOf(entry.moveDate()), Date.valueOf(entry.awareOn()), TransferStatus.REQUESTED.name(),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
        recordEvent(entry.transferId(), TransferStatus.REQUESTED, now, null);
    }

    /**
     * Moves a transfer to {@code to} if it is in one of {@code from}; a repeated attempt finding the transfer
     * already moved on changes nothing. Returns whether it moved.
     */
    @Transactional
    public boolean advance(String transferId, Collection<TransferStatus> from, TransferStatus to, Instant now,
                           String detail) {
        List<String> fromNames = from.stream().map(Enum::name).toList();
        int changed = jdbc.sql("UPDATE transfer SET status = :to, reason = :reason, updated_at = :now "
                        + "WHERE transfer_id = :id AND status IN (:from)")
                .param("to", to.name())
                .param("reason", to == TransferStatus.REJECTED ? detail : null)
                .param("now", Timestamp.from(now))
                .param("id", transferId)
                .param("from", fromNames)
                .update();
        if (changed == 1) {
            recordEvent(transferId, to, now, detail);
        }
        return changed == 1;
    }

    public void recordTransferDate(String transferId, LocalDate transferDate) {
        jdbc.sql("UPDATE transfer SET transfer_date = ? WHERE transfer_id = ? AND transfer_date IS NULL")
                .params(Date.valueOf(transferDate), transferId)
                .update();
    }

    public Optional<Entry> find(String transferId) {
        return jdbc.sql("""
                        SELECT transfer_id, plan_id, from_la, to_la, move_date, aware_on, transfer_date, status, reason
                        FROM transfer WHERE transfer_id = ?""")
                .param(transferId)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                        TransferStatus.valueOf(rs.getString(8)), rs.getString(9)))
                .optional();
    }

    public List<Event> history(String transferId) {
        return jdbc.sql("SELECT status, occurred_at, detail FROM transfer_event WHERE transfer_id = ? ORDER BY event_id")
                .param(transferId)
                .query((rs, n) -> new Event(TransferStatus.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
    }

    /** Transfers of a plan that are still on their way, so a second one is not started alongside. */
    public boolean hasOpenTransfer(String planId) {
        return jdbc.sql("SELECT COUNT(*) FROM transfer WHERE plan_id = ? AND status IN ('REQUESTED', 'SENT', 'DELIVERED')")
                .param(planId).query(Integer.class).single() > 0;
    }

    private void recordEvent(String transferId, TransferStatus status, Instant at, String detail) {
        jdbc.sql("INSERT INTO transfer_event (transfer_id, status, occurred_at, detail) VALUES (?, ?, ?, ?)")
                .params(transferId, status.name(), Timestamp.from(at), detail)
                .update();
    }
}
