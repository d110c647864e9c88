package uk.ehcexchange.hub.document;

import java.util.Collection;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which rows refer to a content file, and the lock that keeps writers and deleters of the same digest apart on
 * every hub node. A writer locks the digest, makes sure the file is in place and writes its row; a deleter locks
 * it, counts the rows and deletes the file only at zero. Whichever comes second waits for the other's commit, so a
 * committed row never names a deleted file.
 */
@Repository
public class ContentReferences {

    private final JdbcClient jdbc;

    public ContentReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the digests' locks until the caller's transaction ends: the rows of their buckets (first byte of the
     * digest), always in ascending order so that two writers of several digests cannot deadlock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Collection<String> sha256s) {
        TreeSet<Integer> buckets = new TreeSet<>();
        sha256s.forEach(sha256 -> buckets.add(Integer.parseInt(sha256.substring(0, 2), 16)));
        for (int bucket : buckets) {
            jdbc.sql("UPDATE content_lock SET locked_at = CURRENT_TIMESTAMP WHERE bucket = ?").param(bucket).update();
        }
    }

    /**
     * Rows that need the file: plan documents, documents of received transfers and attachments of advice, except
     * those whose delivered content was purged after its retention period.
     */
    public long count(String sha256) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM plan_document WHERE sha256 = :sha256)
                             + (SELECT COUNT(*) FROM inbound_document d JOIN inbound_transfer t
                                    ON t.transfer_id = d.transfer_id
                                WHERE d.sha256 = :sha256 AND t.content_purged_at IS NULL)
                             + (SELECT COUNT(*) FROM advice_attachment a JOIN advice_response r
                                    ON r.response_id = a.response_id
                                WHERE a.sha256 = :sha256 AND r.content_purged_at IS NULL)""")
                .param("sha256", sha256).query(Long.class).single();
    }
}
