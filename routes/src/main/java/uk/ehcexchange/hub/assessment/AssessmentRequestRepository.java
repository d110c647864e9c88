package uk.ehcexchange.hub.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The request that opened an assessment case (V61), as SEN2 module 2 reports it. */
@Repository
class AssessmentRequestRepository {

    record StoredRequest(String caseId, LocalDate receivedOn, int requestSource, String exportedTo) {
    }

    private final JdbcClient jdbc;

    AssessmentRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String caseId, LocalDate receivedOn, int requestSource) {
        jdbc.sql("INSERT INTO assessment_request (case_id, received_on, request_source) VALUES (?, ?, ?)")
                .params(caseId, Date.valueOf(receivedOn), requestSource).update();
    }

    Optional<StoredRequest> find(String caseId) {
        return jdbc.sql("SELECT case_id, received_on, request_source, exported_to FROM assessment_request"
                        + " WHERE case_id = ?")
                .param(caseId)
                .query((rs, n) -> new StoredRequest(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3),
                        rs.getString(4)))
                .optional();
    }

    void exported(String caseId, String toCouncil) {
        jdbc.sql("UPDATE assessment_request SET exported_to = ? WHERE case_id = ?").params(toCouncil, caseId).update();
    }
}
