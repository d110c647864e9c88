package uk.ehcexchange.hub.timeliness;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.Child;

/**
 * The figures' SQL, written for H2 and PostgreSQL alike. Each figure is one grouped query: the database counts, and
 * only the groups (kind × month × outcome) come back, so a council of Hertfordshire's size costs a few hundred rows,
 * not its 290,000 clocks. A clock counts in the month the hub saw its duty done ({@code met_on}).
 */
@Repository
public class TimelinessQueries {

    /** One group of closed clocks: whose, which kind, which month, on time or late, with an exception or not. */
    public record ClockCount(String council, ClockKind kind, YearMonth month, boolean onTime, boolean excepted,
                             WaitingOn waitingOn, long count) {
    }

    /** One group of reg 15 transfers by the month the plan was transferred. */
    public record TransferCount(String council, YearMonth month, boolean onTime, long count) {
    }

    /** One group of open clocks: kind, whom they wait on, overdue today or due in the window. */
    public record OpenCount(String council, ClockKind kind, WaitingOn waitingOn, boolean overdue, long count) {
    }

    private static final String MONTH_OF_MET = "EXTRACT(YEAR FROM met_on), EXTRACT(MONTH FROM met_on)";
    private static final String EXCEPTED = "CASE WHEN exception_code IS NULL THEN 0 ELSE 1 END";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public TimelinessQueries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Closed clocks of every kind, per council (null: every council) and month, done from {@code from} to {@code to}. */
    public List<ClockCount> closedClocks(String council, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT council, kind, " + MONTH_OF_MET + ", status, " + EXCEPTED
                + ", COUNT(*) FROM statutory_clock WHERE status IN ('MET', 'LATE') AND met_on >= ? AND met_on <= ?");
        params.add(Date.valueOf(from));
        params.add(Date.valueOf(to));
        if (council != null) {
            sql.append(" AND council = ?");
            params.add(council);
        }
        sql.append(" GROUP BY council, kind, " + MONTH_OF_MET + ", status, " + EXCEPTED);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new ClockCount(rs.getString(1),
                ClockKind.valueOf(rs.getString(2)), YearMonth.of(rs.getInt(3), rs.getInt(4)),
                "MET".equals(rs.getString(5)), rs.getInt(6) == 1, null, rs.getLong(7))).list();
    }

    /** Closed advice clocks (reg 8) by council and the organisation asked; {@code council} null: every council. */
    public List<ClockCount> adviceByPartner(String council, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        if (council != null) {
            params.add(council);
        }
        return jdbc.sql("SELECT council, waiting_on_role, waiting_on, status, " + EXCEPTED + ", COUNT(*)"
                        + " FROM statutory_clock WHERE kind = 'ADVICE' AND status IN ('MET', 'LATE')"
                        + " AND met_on >= ? AND met_on <= ?" + (council == null ? "" : " AND council = ?")
                        + " GROUP BY council, waiting_on_role, waiting_on, status, " + EXCEPTED)
                .params(params)
                .query((rs, n) -> new ClockCount(rs.getString(1), ClockKind.ADVICE, null,
                        "MET".equals(rs.getString(4)), rs.getInt(5) == 1, waitingOn(rs, 2), rs.getLong(6)))
                .list();
    }

    /** The advice clocks (reg 8) one health body was asked for and has answered, per council and month. */
    public List<ClockCount> adviceOfParty(String party, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT council, " + MONTH_OF_MET + ", status, " + EXCEPTED + ", COUNT(*)"
                        + " FROM statutory_clock WHERE waiting_on = ? AND kind = 'ADVICE'"
                        + " AND status IN ('MET', 'LATE') AND met_on >= ? AND met_on <= ?"
                        + " GROUP BY council, " + MONTH_OF_MET + ", status, " + EXCEPTED)
                .params(party, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new ClockCount(rs.getString(1), ClockKind.ADVICE,
                        YearMonth.of(rs.getInt(2), rs.getInt(3)), "MET".equals(rs.getString(4)), rs.getInt(5) == 1,
                        null, rs.getLong(6)))
                .list();
    }

    /**
     * Plans a council transferred out (reg 15(2)): on time when the transfer date is on or before the TRANSFER_BY
     * deadline the hub recorded when the transfer started. Assessment hand-overs have no such deadline.
     */
    public List<TransferCount> transfersOut(String council, LocalDate from, LocalDate to) {
        return transfers("""
                SELECT t.from_la AS la, t.transfer_date, d.due_on FROM transfer t
                JOIN transfer_deadline d ON d.transfer_id = t.transfer_id AND d.kind = 'TRANSFER_BY'
                WHERE t.kind = 'PLAN' AND t.transfer_date IS NOT NULL""", council, from, to);
    }

    /**
     * Plans transferred into a council, from a council on this hub (the ledger) or from another hub (its inbox),
     * where the hub knows the TRANSFER_BY deadline: on time when they arrived by it.
     */
    public List<TransferCount> transfersIn(String council, LocalDate from, LocalDate to) {
        return transfers("""
                SELECT t.la, t.transfer_date, d.due_on FROM (
                    SELECT transfer_id, to_la AS la, transfer_date FROM transfer
                    WHERE kind = 'PLAN' AND transfer_date IS NOT NULL
                    UNION
                    SELECT transfer_id, recipient_la AS la, transfer_date FROM inbound_transfer WHERE kind = 'PLAN'
                ) t JOIN transfer_deadline d ON d.transfer_id = t.transfer_id AND d.kind = 'TRANSFER_BY'""",
                council, from, to);
    }

    /** Counts {@code transfers} (columns la, transfer_date, due_on) by council, month and on time or late. */
    private List<TransferCount> transfers(String transfers, String council, LocalDate from, LocalDate to) {
        String onTime = "CASE WHEN x.transfer_date <= x.due_on THEN 1 ELSE 0 END";
        String month = "EXTRACT(YEAR FROM x.transfer_date), EXTRACT(MONTH FROM x.transfer_date)";
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        if (council != null) {
            params.add(council);
        }
        String sql = "SELECT x.la, " + month + ", " + onTime + ", COUNT(*) FROM (" + transfers + ") x"
                + " WHERE x.transfer_date >= ? AND x.transfer_date <= ?" + (council == null ? "" : " AND x.la = ?")
                + " GROUP BY x.la, " + month + ", " + onTime;
        return jdbc.sql(sql).params(params).query((rs, n) -> new TransferCount(rs.getString(1),
                YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getInt(4) == 1, rs.getLong(5))).list();
    }

    /** A council's open clocks overdue or due by {@code until}, counted by kind and by whom they wait on. */
    public List<OpenCount> openCounts(String council, LocalDate today, LocalDate until) {
        return openCounts(" AND council = ?", council, today, until);
    }

    /** The open clocks waiting on one party (an ICB's or trust's ODS code), counted the same way. */
    public List<OpenCount> openCountsOfParty(String party, LocalDate today, LocalDate until) {
        return openCounts(" AND waiting_on = ?", party, today, until);
    }

    /** Every council's open clocks overdue or due by {@code until}, counted the same way (for the metrics). */
    public List<OpenCount> openCountsOfEveryCouncil(LocalDate today, LocalDate until) {
        return openCounts("", null, today, until);
    }

    private List<OpenCount> openCounts(String whose, String code, LocalDate today, LocalDate until) {
        // "overdue" is worked out in a derived table: PostgreSQL would not match a grouped CASE holding a parameter.
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(until)));
        if (code != null) {
            params.add(code);
        }
        return jdbc.sql("SELECT council, kind, waiting_on_role, waiting_on, overdue, COUNT(*) FROM ("
                        + "SELECT council, kind, waiting_on_role, waiting_on,"
                        + " CASE WHEN due_on < ? THEN 1 ELSE 0 END AS overdue"
                        + " FROM statutory_clock WHERE status = 'OPEN' AND due_on <= ?" + whose
                        + ") x GROUP BY council, kind, waiting_on_role, waiting_on, overdue")
                .params(params)
                .query((rs, n) -> new OpenCount(rs.getString(1), ClockKind.valueOf(rs.getString(2)),
                        waitingOn(rs, 3), rs.getInt(5) == 1, rs.getLong(6)))
                .list();
    }


    /**
     * A council's open clocks overdue or due by {@code until}, earliest first, each with its child's name (the
     * council's own children only: it is the council's own view).
     */
    public List<Figures.DueClock> dueClocksWithNames(String council, LocalDate today, LocalDate until, int limit) {
        return jdbc.sql("SELECT s.case_id, s.council, c.child, s.kind, s.ref, s.due_on, s.waiting_on_role,"
                        + " s.waiting_on FROM statutory_clock s JOIN ehc_case c ON c.case_id = s.case_id"
                        + " WHERE s.council = ? AND c.council = ? AND s.status = 'OPEN' AND s.due_on <= ?"
                        + " ORDER BY s.due_on, s.clock_id FETCH FIRST " + limit + " ROWS ONLY")
                .params(council, council, Date.valueOf(until))
                .query((rs, n) -> dueClock(rs, nameOf(rs.getString(3)), today)).list();
    }

    /** The open clocks waiting on one party, earliest first, without any child's name. */
    public List<Figures.DueClock> dueClocksOfParty(String party, LocalDate today, LocalDate until, int limit) {
        return jdbc.sql("SELECT s.case_id, s.council, NULL, s.kind, s.ref, s.due_on, s.waiting_on_role,"
                        + " s.waiting_on FROM statutory_clock s WHERE s.waiting_on = ? AND s.status = 'OPEN'"
                        + " AND s.due_on <= ? ORDER BY s.due_on, s.clock_id FETCH FIRST " + limit + " ROWS ONLY")
                .params(party, Date.valueOf(until))
                .query((rs, n) -> dueClock(rs, null, today)).list();
    }

    private static Figures.DueClock dueClock(ResultSet rs, String name, LocalDate today) throws SQLException {
        LocalDate due = rs.getDate(6).toLocalDate();
        String ref = rs.getString(5);
        return new Figures.DueClock(rs.getString(1), rs.getString(2), name, ClockKind.valueOf(rs.getString(4)),
                ref == null || ref.isEmpty() ? null : ref, due, waitingOn(rs, 7), due.isBefore(today));
    }

    private String nameOf(String childJson) {
        Child child = JsonDocuments.read(json, childJson, Child.class);
        return (nullToEmpty(child.givenName()) + " " + nullToEmpty(child.familyName())).trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static WaitingOn waitingOn(ResultSet rs, int roleColumn) throws SQLException {
        return new WaitingOn(WaitingOn.Role.valueOf(rs.getString(roleColumn)), rs.getString(roleColumn + 1));
    }
}
