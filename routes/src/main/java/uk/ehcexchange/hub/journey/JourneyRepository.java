package uk.ehcexchange.hub.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.Child;

/** The journey tables (V60): cases, their events and their clocks. Callers hold the transaction. */
@Repository
public class JourneyRepository {

    private static final String CASE_COLUMNS =
            "case_id, council, child, plan_id, opened_on, status, created_at, updated_at";
    private static final String EVENT_COLUMNS =
            "event_id, case_id, kind, occurred_on, recorded_at, actor, party, detail, ref";
    private static final String CLOCK_COLUMNS = """
            clock_id, case_id, council, kind, ref, started_on, due_on, rule, source, waiting_on_role, waiting_on,
            exception_code, exception_reason, met_on, closed_by_event, status""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public JourneyRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertCase(JourneyCase c) {
        jdbc.sql("INSERT INTO ehc_case (" + CASE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.caseId(), c.council(), JsonDocuments.write(json, c.child()), c.planId(),
                        Date.valueOf(c.openedOn()), c.status().name(), Timestamp.from(c.createdAt()),
                        Timestamp.from(c.updatedAt()))
                .update();
    }

    public Optional<JourneyCase> findCase(String caseId) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM ehc_case WHERE case_id = ?").param(caseId)
                .query(this::mapCase).optional();
    }

    /** The case for update: a second writer on the same case waits for the first, so transitions do not race. */
    public Optional<JourneyCase> lockCase(String caseId) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM ehc_case WHERE case_id = ? FOR UPDATE").param(caseId)
                .query(this::mapCase).optional();
    }

    public Optional<JourneyCase> findByPlan(String council, String planId) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM ehc_case WHERE council = ? AND plan_id = ?")
                .params(council, planId).query(this::mapCase).optional();
    }

    void updateCase(String caseId, CaseStatus status, String planId, Instant now) {
        jdbc.sql("UPDATE ehc_case SET status = ?, plan_id = COALESCE(?, plan_id), updated_at = ? WHERE case_id = ?")
                .params(status.name(), planId, Timestamp.from(now), caseId).update();
    }

    void insertEvent(JourneyEvent e) {
        jdbc.sql("INSERT INTO journey_event (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.eventId(), e.caseId(), e.kind(), Date.valueOf(e.occurredOn()),
                        Timestamp.from(e.recordedAt()), e.actor(), e.party(), e.detail(), e.ref())
                .update();
    }

    /** Oldest first: by the day it happened, then by when the hub heard of it. */
    public List<JourneyEvent> events(String caseId) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM journey_event WHERE case_id = ?"
                        + " ORDER BY occurred_on, recorded_at, event_id")
                .param(caseId).query(this::mapEvent).list();
    }

    void insertClock(CaseClock c) {
        jdbc.sql("INSERT INTO statutory_clock (" + CLOCK_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.clockId(), c.caseId(), c.council(), c.kind().name(), c.ref(), Date.valueOf(c.startedOn()),
                        Date.valueOf(c.dueOn()), c.rule(), c.source(), c.waitingOn().role().name(),
                        c.waitingOn().code(), c.exceptionCode(), c.exceptionReason(), date(c.metOn()),
                        c.closedByEvent(), c.status().name())
                .update();
    }

    public Optional<CaseClock> findClock(String caseId, ClockKind kind, String ref) {
        return jdbc.sql("SELECT " + CLOCK_COLUMNS + " FROM statutory_clock WHERE case_id = ? AND kind = ? AND ref = ?")
                .params(caseId, kind.name(), ref).query(this::mapClock).optional();
    }

    /** Closes an open clock; false when it was not open (unknown or already closed). */
    boolean closeClock(String clockId, ClockStatus status, LocalDate metOn, String eventId) {
        return jdbc.sql("""
                        UPDATE statutory_clock SET status = ?, met_on = ?, closed_by_event = ?
                        WHERE clock_id = ? AND status = 'OPEN'""")
                .params(status.name(), date(metOn), eventId, clockId).update() == 1;
    }

    boolean recordException(String clockId, String code, String reason) {
        return jdbc.sql("UPDATE statutory_clock SET exception_code = ?, exception_reason = ? WHERE clock_id = ?")
                .params(code, reason, clockId).update() == 1;
    }

    /** Oldest first: by due date, then kind. */
    public List<CaseClock> clocks(String caseId) {
        return jdbc.sql("SELECT " + CLOCK_COLUMNS + " FROM statutory_clock WHERE case_id = ?"
                        + " ORDER BY started_on, due_on, kind, ref")
                .param(caseId).query(this::mapClock).list();
    }

    /**
     * A council's open clocks due on or before {@code until} (overdue ones included), earliest first; optionally
     * only those waiting on a role, on an authority code, or of one kind.
     */
    public List<CaseClock> openForCouncil(String council, LocalDate until, WaitingOn.Role role, String waitingOn,
                                          ClockKind kind, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + CLOCK_COLUMNS
                + " FROM statutory_clock WHERE council = ? AND status = 'OPEN' AND due_on <= ?");
        List<Object> params = new ArrayList<>(List.of(council, Date.valueOf(until)));
        if (role != null) {
            sql.append(" AND waiting_on_role = ?");
            params.add(role.name());
        }
        if (waitingOn != null) {
            sql.append(" AND waiting_on = ?");
            params.add(waitingOn);
        }
        if (kind != null) {
            sql.append(" AND kind = ?");
            params.add(kind.name());
        }
        sql.append(" ORDER BY due_on, clock_id FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(this::mapClock).list();
    }

    /** What is waiting on one party (an ICB, trust, school, EP service), due on or before {@code until}. */
    public List<CaseClock> openForParty(String party, LocalDate until, int limit) {
        return jdbc.sql("SELECT " + CLOCK_COLUMNS + " FROM statutory_clock WHERE waiting_on = ? AND status = 'OPEN'"
                        + " AND due_on <= ? ORDER BY due_on, clock_id FETCH FIRST " + limit + " ROWS ONLY")
                .params(party, Date.valueOf(until)).query(this::mapClock).list();
    }

    private JourneyCase mapCase(ResultSet rs, int row) throws SQLException {
        return new JourneyCase(rs.getString("case_id"), rs.getString("council"),
                JsonDocuments.read(json, rs.getString("child"), Child.class), rs.getString("plan_id"),
                rs.getDate("opened_on").toLocalDate(), CaseStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private JourneyEvent mapEvent(ResultSet rs, int row) throws SQLException {
        return new JourneyEvent(rs.getString("event_id"), rs.getString("case_id"), rs.getString("kind"),
                rs.getDate("occurred_on").toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("actor"), rs.getString("party"), rs.getString("detail"), rs.getString("ref"));
    }

    private CaseClock mapClock(ResultSet rs, int row) throws SQLException {
        Date met = rs.getDate("met_on");
        return new CaseClock(rs.getString("clock_id"), rs.getString("case_id"), rs.getString("council"),
                ClockKind.valueOf(rs.getString("kind")), rs.getString("ref"), rs.getDate("started_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(), rs.getString("rule"), rs.getString("source"),
                new WaitingOn(WaitingOn.Role.valueOf(rs.getString("waiting_on_role")), rs.getString("waiting_on")),
                rs.getString("exception_code"), rs.getString("exception_reason"),
                met == null ? null : met.toLocalDate(), rs.getString("closed_by_event"),
                ClockStatus.valueOf(rs.getString("status")));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
