package uk.ehcexchange.hub.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ehcexchange.statutory.PhaseTransfer;

/** The plan_review and review_advice_request tables. */
@Repository
class ReviewRepository {

    private static final String REVIEW_COLUMNS = """
            review_id, council, plan_id, case_id, cycle, kind, phase_transfer, transfer_year, proposed_transfer_on,
            due_on, due_rule, due_source, phase_transfer_due_on, phase_transfer_rule, phase_transfer_source,
            invited_on, meeting_on, held_on, report_sent_on, outcome, decided_on, cease_reason, plan_version_at_decision, amendments_served_on,
            representations_received_on, amended_plan_version, amended_plan_issued_on""";
    private static final String ADVICE_COLUMNS = """
            a.request_id, a.review_id, a.council, r.plan_id, a.party_role, a.party, r.meeting_on, a.requested_on,
            a.due_on, a.answered_on, a.establishment""";

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new review; the unique (council, plan, cycle) refuses a second review of the same cycle. */
    void insert(Review review, Instant now) {
        jdbc.sql("INSERT INTO plan_review (" + REVIEW_COLUMNS + ", created_at, updated_at) VALUES ("
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(review.reviewId(), review.council(), review.planId(), review.caseId(), review.cycle(),
                        review.kind().name(), review.phaseTransfer() == null ? null : review.phaseTransfer().name(),
                        review.transferYear(), date(review.proposedTransferOn()), date(review.due().dueOn()),
                        review.due().rule(), review.due().source(),
                        review.phaseTransferDue() == null ? null : date(review.phaseTransferDue().dueOn()),
                        review.phaseTransferDue() == null ? null : review.phaseTransferDue().rule(),
                        review.phaseTransferDue() == null ? null : review.phaseTransferDue().source(),
                        date(review.invitedOn()), date(review.meetingOn()), null, null, null, null, null, null, null,
                        null, null, null, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    Optional<Review> find(String reviewId) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM plan_review WHERE review_id = ?")
                .param(reviewId).query(ReviewRepository::review).optional();
    }

    /** The plan's reviews at the council, oldest first. */
    /** Every review at the council, by plan then cycle: one read for a council's SEN2 return. */
    List<Review> forCouncil(String council) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM plan_review WHERE council = ? ORDER BY plan_id, cycle")
                .param(council).query(ReviewRepository::review).list();
    }

    List<Review> forPlan(String council, String planId) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM plan_review"
                        + " WHERE council = ? AND plan_id = ? ORDER BY cycle")
                .params(council, planId).query(ReviewRepository::review).list();
    }

    /**
     * Records a step's columns once: only while {@code guard} is still empty, so a step recorded twice (or two
     * requests racing) changes the row once.
     *
     * @param columns column names of this class's own choosing, never a caller's
     * @return false when the step was already recorded
     */
    boolean recordOnce(String reviewId, String guard, Map<String, Object> columns, Instant now) {
        StringBuilder sql = new StringBuilder("UPDATE plan_review SET ");
        List<Object> params = new ArrayList<>();
        columns.forEach((column, value) -> {
            sql.append(column).append(" = ?, ");
            params.add(value instanceof LocalDate day ? Date.valueOf(day) : value);
        });
        sql.append("updated_at = ? WHERE review_id = ? AND ").append(guard).append(" IS NULL");
        params.add(Timestamp.from(now));
        params.add(reviewId);
        return jdbc.sql(sql.toString()).params(params).update() == 1;
    }

    /** The latest decision date of any review of the plan (at any council on this hub) on or before a day. */
    Optional<LocalDate> lastDecided(String planId, LocalDate onOrBefore) {
        return jdbc.sql("SELECT decided_on FROM plan_review"
                        + " WHERE plan_id = ? AND decided_on IS NOT NULL AND decided_on <= ? ORDER BY decided_on DESC")
                .params(planId, Date.valueOf(onOrBefore)).query(Date.class).list().stream().findFirst()
                .map(Date::toLocalDate);
    }

    static Map<String, Object> columns(Object... pairs) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], pairs[i + 1]);
        }
        return columns;
    }

    void insertAdvice(String requestId, String reviewId, String council, ReviewAdviser adviser, String party,
                      String establishment, LocalDate requestedOn, LocalDate dueOn, Instant now) {
        jdbc.sql("""
                        INSERT INTO review_advice_request (request_id, review_id, council, party, party_role,
                            establishment, requested_on, due_on, created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, reviewId, council, party, adviser.name(), establishment, Date.valueOf(requestedOn),
                        Date.valueOf(dueOn), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** One request with its answer. */
    Optional<ReviewAdviceRequest> findAdvice(String requestId) {
        return jdbc.sql("SELECT " + ADVICE_COLUMNS + ", a.answer FROM review_advice_request a"
                        + " JOIN plan_review r ON r.review_id = a.review_id WHERE a.request_id = ?")
                .param(requestId).query((rs, n) -> advice(rs, rs.getString("answer"))).optional();
    }

    List<ReviewAdviceRequest> adviceFor(String reviewId) {
        return jdbc.sql("SELECT " + ADVICE_COLUMNS + " FROM review_advice_request a"
                        + " JOIN plan_review r ON r.review_id = a.review_id WHERE a.review_id = ?"
                        + " ORDER BY a.requested_on, a.created_at")
                .param(reviewId).query((rs, n) -> advice(rs, null)).list();
    }

    /** The unanswered requests addressed to a party, the earliest due first. */
    List<ReviewAdviceRequest> openFor(String party) {
        return jdbc.sql("SELECT " + ADVICE_COLUMNS + " FROM review_advice_request a"
                        + " JOIN plan_review r ON r.review_id = a.review_id"
                        + " WHERE a.party = ? AND a.answered_on IS NULL ORDER BY a.due_on, a.created_at")
                .param(party).query((rs, n) -> advice(rs, null)).list();
    }

    /** @return false when the request was already answered */
    boolean answer(String requestId, String advice, LocalDate answeredOn, Instant now) {
        return jdbc.sql("UPDATE review_advice_request SET answer = ?, answered_on = ?, updated_at = ?"
                        + " WHERE request_id = ? AND answered_on IS NULL")
                .params(advice, Date.valueOf(answeredOn), Timestamp.from(now), requestId).update() == 1;
    }

    private static ReviewAdviceRequest advice(ResultSet rs, String answer) throws SQLException {
        return new ReviewAdviceRequest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                ReviewAdviser.valueOf(rs.getString(5)), rs.getString(6), rs.getString(11), day(rs, 7), day(rs, 8),
                day(rs, 9), day(rs, 10), answer);
    }

    private static Review review(ResultSet rs, int row) throws SQLException {
        ReviewKind kind = ReviewKind.valueOf(rs.getString("kind"));
        String transfer = rs.getString("phase_transfer");
        LocalDate ptDue = day(rs, "phase_transfer_due_on");
        ReviewOutcome outcome = rs.getString("outcome") == null ? null : ReviewOutcome.valueOf(rs.getString("outcome"));
        LocalDate held = day(rs, "held_on");
        LocalDate decided = day(rs, "decided_on");
        LocalDate served = day(rs, "amendments_served_on");
        LocalDate issued = day(rs, "amended_plan_issued_on");
        Review.Sen2 sen2 = new Review.Sen2(held, decided, outcome == null ? null : outcome.sen2(), served, ptDue,
                kind == ReviewKind.PHASE_TRANSFER ? issued : null);
        return new Review(rs.getString("review_id"), rs.getString("council"), rs.getString("plan_id"),
                rs.getString("case_id"), rs.getInt("cycle"), kind,
                transfer == null ? null : PhaseTransfer.valueOf(transfer), integer(rs, "transfer_year"),
                day(rs, "proposed_transfer_on"),
                new Review.Due(day(rs, "due_on"), rs.getString("due_rule"), rs.getString("due_source")),
                ptDue == null ? null : new Review.Due(ptDue, rs.getString("phase_transfer_rule"),
                        rs.getString("phase_transfer_source")), day(rs, "invited_on"),
                day(rs, "meeting_on"), held, day(rs, "report_sent_on"), outcome, decided,
                integer(rs, "cease_reason"), integer(rs, "plan_version_at_decision"), served,
                day(rs, "representations_received_on"), integer(rs, "amended_plan_version"), issued,
                status(held, decided, served, issued, outcome), sen2, null, null);
    }

    private static String status(LocalDate held, LocalDate decided, LocalDate served, LocalDate issued,
                                 ReviewOutcome outcome) {
        if (issued != null) {
            return "AMENDED_PLAN_ISSUED";
        }
        if (served != null) {
            return "AMENDMENTS_SERVED";
        }
        if (decided != null) {
            return outcome == ReviewOutcome.AMEND ? "DECIDED_TO_AMEND" : "CONCLUDED";
        }
        return held != null ? "MEETING_HELD" : "SCHEDULED";
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
