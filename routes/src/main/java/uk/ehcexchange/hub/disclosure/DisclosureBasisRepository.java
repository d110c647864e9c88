package uk.ehcexchange.hub.disclosure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disclosure_basis table (V73). */
@Repository
public class DisclosureBasisRepository {

    private static final String COLUMNS = """
            basis_id, plan_id, council, purpose, recipient, kind, consent_given_by, consent_given_on,
            statutory_purpose, duty, recorded_by, recorded_at, withdrawn_on""";

    private final JdbcClient jdbc;

    public DisclosureBasisRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DisclosureBasis basis) {
        jdbc.sql("INSERT INTO disclosure_basis (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(basis.basisId(), basis.planId(), basis.council(), basis.purpose().name(), basis.recipient(),
                        basis.kind().name(), name(basis.consentGivenBy()), date(basis.consentGivenOn()),
                        name(basis.statutoryPurpose()), basis.duty(), basis.recordedBy(),
                        Timestamp.from(basis.recordedAt()), date(basis.withdrawnOn()))
                .update();
    }

    /** Records a basis of an assessment case rather than a plan (the case's hand-over: no plan exists yet). */
    public void insertForCase(DisclosureBasis basis, String caseId) {
        insert(basis);
        jdbc.sql("UPDATE disclosure_basis SET case_id = ? WHERE basis_id = ?").params(caseId, basis.basisId()).update();
    }

    /** The bases of {@code council} for an assessment case and one purpose, newest first. */
    public List<DisclosureBasis> forCase(String caseId, String council, DisclosurePurpose purpose) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_basis WHERE case_id = ? AND council = ? AND purpose = ?"
                        + " ORDER BY recorded_at DESC, basis_id")
                .params(caseId, council, purpose.name()).query(DisclosureBasisRepository::read).list();
    }

    /**
     * Every basis of a plan that {@code council} relied on, oldest first, withdrawn ones included: the council's record
     * of what it relied on. A basis is the council's own: consent given to the old council is not consent given to
     * the council the plan moved to.
     */
    public List<DisclosureBasis> forPlan(String planId, String council) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_basis WHERE plan_id = ? AND council = ?"
                        + " ORDER BY recorded_at, basis_id")
                .params(planId, council).query(DisclosureBasisRepository::read).list();
    }

    /** The bases of {@code council} for a plan and one purpose, newest first. */
    public List<DisclosureBasis> forPurpose(String planId, String council, DisclosurePurpose purpose) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_basis WHERE plan_id = ? AND council = ? AND purpose = ?"
                        + " ORDER BY recorded_at DESC, basis_id")
                .params(planId, council, purpose.name()).query(DisclosureBasisRepository::read).list();
    }

    public Optional<DisclosureBasis> find(String basisId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_basis WHERE basis_id = ?")
                .param(basisId).query(DisclosureBasisRepository::read).optional();
    }

    /** Withdraws a basis not yet withdrawn; false when it already was (the first withdrawal stands). */
    public boolean withdraw(String basisId, LocalDate on, Instant at) {
        return jdbc.sql("UPDATE disclosure_basis SET withdrawn_on = ?, withdrawn_at = ? WHERE basis_id = ?"
                        + " AND withdrawn_on IS NULL")
                .params(Date.valueOf(on), Timestamp.from(at), basisId).update() == 1;
    }

    private static DisclosureBasis read(ResultSet rs, int row) throws SQLException {
        return new DisclosureBasis(rs.getString("basis_id"), rs.getString("plan_id"), rs.getString("council"),
                DisclosurePurpose.valueOf(rs.getString("purpose")), rs.getString("recipient"),
                BasisKind.valueOf(rs.getString("kind")), value(ConsentGivenBy.class, rs.getString("consent_given_by")),
                localDate(rs.getDate("consent_given_on")),
                value(Reg17Purpose.class, rs.getString("statutory_purpose")), rs.getString("duty"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                localDate(rs.getDate("withdrawn_on")));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date day) {
        return day == null ? null : day.toLocalDate();
    }
}
