package uk.ehcexchange.hub.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PlanDocumentRepository {

    public record PlanDocument(String planId, String reference, String mediaType, long size, String sha256) {
    }

    private final JdbcClient jdbc;

    public PlanDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the document under its reference, replacing an earlier upload under the same reference.
     *
     * @return the digest of the content it replaced, if there was an earlier upload
     */
    public Optional<String> put(PlanDocument document, Instant now) {
        Optional<String> replaced = find(document.planId(), document.reference()).map(PlanDocument::sha256);
        int updated = jdbc.sql("""
                        UPDATE plan_document SET media_type = ?, size_bytes = ?, sha256 = ?, uploaded_at = ?
                        WHERE plan_id = ? AND document_reference = ?""")
                .params(document.mediaType(), document.size(), document.sha256(), Timestamp.from(now),
                        document.planId(), document.reference())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO plan_document (plan_id, document_reference, media_type, size_bytes, sha256,
                                                       uploaded_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(document.planId(), document.reference(), document.mediaType(), document.size(),
                            document.sha256(), Timestamp.from(now))
                    .update();
        }
        return replaced;
    }

    public Optional<PlanDocument> find(String planId, String reference) {
        return jdbc.sql("SELECT plan_id, document_reference, media_type, size_bytes, sha256 FROM plan_document "
                        + "WHERE plan_id = ? AND document_reference = ?")
                .params(planId, reference).query((rs, n) -> new PlanDocument(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getString(5)))
                .optional();
    }

    public List<PlanDocument> forPlan(String planId) {
        return jdbc.sql("SELECT plan_id, document_reference, media_type, size_bytes, sha256 FROM plan_document "
                        + "WHERE plan_id = ? ORDER BY document_reference")
                .param(planId).query((rs, n) -> new PlanDocument(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list();
    }
}
