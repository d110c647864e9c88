package uk.ehcexchange.hub.advice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Child;

@Repository
class AdviceRepository {

    private static final String REQUEST_COLUMNS = """
            request_id, requesting_la, advice_type, recipient, child, plan_id, question, requested_on, due_on,
            status, response_id, created_at, updated_at, establishment, case_id""";
    private static final String RESPONSE_COLUMNS = """
            r.response_id, r.request_id, q.requesting_la, r.responder, q.advice_type, r.received_on, q.due_on,
            r.within_deadline, r.received_at, r.acknowledged_at""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AdviceRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(AdviceRequest request) {
        jdbc.sql("INSERT INTO advice_request (" + REQUEST_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(request.requestId(), request.requestingCouncil(), request.adviceType().name(),
                        request.recipient(), JsonDocuments.write(json, request.child()), request.planId(), request.question(),
                        Date.valueOf(request.requestedOn()), Date.valueOf(request.dueOn()), request.status().name(),
                        request.responseId(), Timestamp.from(request.createdAt()), Timestamp.from(request.updatedAt()),
                        request.establishment(), request.caseId())
                .update();
    }

    Optional<AdviceRequest> find(String requestId) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM advice_request WHERE request_id = ?").param(requestId)
                .query(this::mapRequest).optional();
    }

    List<AdviceRequest> assignedTo(String recipient, AdviceRequestStatus status) {
        return status == null
                ? jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM advice_request WHERE recipient = ? ORDER BY created_at")
                        .param(recipient).query(this::mapRequest).list()
                : jdbc.sql("SELECT " + REQUEST_COLUMNS
                                + " FROM advice_request WHERE recipient = ? AND status = ? ORDER BY created_at")
                        .params(recipient, status.name()).query(this::mapRequest).list();
    }

    List<AdviceRequest> requestedBy(String council) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM advice_request WHERE requesting_la = ? ORDER BY created_at")
                .param(council).query(this::mapRequest).list();
    }

    /** Moves an open request on; false when it was no longer open (the caller re-reads to say why). */
    boolean changeOpenStatus(String requestId, AdviceRequestStatus to, String responseId, Instant now) {
        return jdbc.sql("""
                        UPDATE advice_request SET status = ?, response_id = COALESCE(?, response_id), updated_at = ?
                        WHERE request_id = ? AND status IN ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS')""")
                .params(to.name(), responseId, Timestamp.from(now), requestId).update() == 1;
    }

    void insertResponse(String responseId, String requestId, String responder, String messageId, String document,
                        LocalDate receivedOn, boolean withinDeadline, Instant receivedAt) {
        jdbc.sql("""
                        INSERT INTO advice_response (response_id, request_id, responder, message_id, document,
                            received_on, within_deadline, received_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(responseId, requestId, responder, messageId, document, Date.valueOf(receivedOn),
                        withinDeadline, Timestamp.from(receivedAt))
                .update();
    }

    /** The content files the advice's attachments are, by digest: what keeps them from the content sweep. */
    void insertAttachments(String responseId, List<String> sha256s) {
        for (String sha256 : sha256s) {
            jdbc.sql("INSERT INTO advice_attachment (response_id, sha256) VALUES (?, ?)").params(responseId, sha256)
                    .update();
        }
    }

    /** When the advice's attachments were deleted after their retention period, if they were. */
    Optional<Instant> contentPurgedAt(String responseId) {
        return jdbc.sql("SELECT content_purged_at FROM advice_response WHERE response_id = ?").param(responseId)
                .query((rs, n) -> rs.getTimestamp(1)).list().stream().filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant).findFirst();
    }

    Optional<AdviceResponse> responseByMessage(String responder, String messageId) {
        return jdbc.sql("SELECT " + RESPONSE_COLUMNS + ", r.document FROM advice_response r JOIN advice_request q"
                        + " ON q.request_id = r.request_id WHERE r.responder = ? AND r.message_id = ?")
                .params(responder, messageId).query(this::mapResponse).optional();
    }

    Optional<AdviceResponse> response(String responseId) {
        return jdbc.sql("SELECT " + RESPONSE_COLUMNS + ", r.document FROM advice_response r JOIN advice_request q"
                        + " ON q.request_id = r.request_id WHERE r.response_id = ?")
                .param(responseId).query(this::mapResponse).optional();
    }

    List<AdviceResponse> responsesFor(String council) {
        return jdbc.sql("SELECT " + RESPONSE_COLUMNS + ", NULL FROM advice_response r JOIN advice_request q"
                        + " ON q.request_id = r.request_id WHERE q.requesting_la = ? ORDER BY r.received_at")
                .param(council).query(this::mapResponse).list();
    }

    /** Answers to the council's requests about one plan, oldest first, each with its document. */
    List<AdviceResponse> answersForPlan(String council, String planId) {
        return jdbc.sql("SELECT " + RESPONSE_COLUMNS + ", r.document FROM advice_response r JOIN advice_request q"
                        + " ON q.request_id = r.request_id WHERE q.requesting_la = ? AND q.plan_id = ?"
                        + " ORDER BY r.received_at, r.response_id")
                .params(council, planId).query(this::mapResponse).list();
    }

    List<AdviceResponse> answersForCase(String council, String caseId) {
        return jdbc.sql("SELECT " + RESPONSE_COLUMNS + ", r.document FROM advice_response r JOIN advice_request q"
                        + " ON q.request_id = r.request_id WHERE q.requesting_la = ? AND q.case_id = ?"
                        + " ORDER BY r.received_at, r.response_id")
                .params(council, caseId).query(this::mapResponse).list();
    }

    void acknowledge(String responseId, Instant now) {
        jdbc.sql("UPDATE advice_response SET acknowledged_at = ? WHERE response_id = ? AND acknowledged_at IS NULL")
                .params(Timestamp.from(now), responseId).update();
    }

    private AdviceRequest mapRequest(ResultSet rs, int row) throws SQLException {
        return new AdviceRequest(rs.getString(1), rs.getString(2), AdviceType.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(14), JsonDocuments.read(json, rs.getString(5), Child.class),
                rs.getString(6), rs.getString(15), rs.getString(7),
                rs.getDate(8).toLocalDate(), rs.getDate(9).toLocalDate(), AdviceRequestStatus.valueOf(rs.getString(10)),
                rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getTimestamp(13).toInstant());
    }

    private AdviceResponse mapResponse(ResultSet rs, int row) throws SQLException {
        Timestamp acknowledged = rs.getTimestamp(10);
        String document = rs.getString(11);
        return new AdviceResponse(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                AdviceType.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(),
                rs.getBoolean(8), rs.getTimestamp(9).toInstant(), acknowledged == null ? null : acknowledged.toInstant(),
                document == null ? null : JsonDocuments.read(json, document, JsonNode.class));
    }
}
