package uk.ehcexchange.hub.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.audit.AuditRecorder;

/**
 * Deletes content files nothing refers to any more: the old content of a replaced plan document, the documents and
 * attachments of delivered content whose retention period has passed, and orphans the sweep finds. Each deletion
 * is audited by digest (never by what the document is about). Deleting is idempotent: with several hub nodes the
 * second to try finds the file gone and records nothing.
 */
@Component
public class ContentJanitor {

    /** Why a content file went, as the audit trail records it ({@code content.delete.<reason>}). */
    public enum Reason {
        REPLACED, RETENTION, ORPHAN;

        String action() {
            return "content.delete." + name().toLowerCase();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ContentJanitor.class);

    private final ContentStore content;
    private final ContentReferences references;
    private final TransactionTemplate transaction;
    private final AuditRecorder audit;

    public ContentJanitor(ContentStore content, ContentReferences references, TransactionTemplate transaction,
                          AuditRecorder audit) {
        this.content = content;
        this.references = references;
        this.transaction = transaction;
        this.audit = audit;
    }

    /**
     * Call after the transaction that dropped a reference has committed, never inside it: a rollback must find the
     * file still there.
     *
     * @param storedBefore for the orphan sweep, delete only a file last placed before this (a writer may be about
     *                     to commit a row for it); null to delete whenever no row refers to it
     * @return whether this call deleted the file
     */
    public boolean deleteIfUnreferenced(String sha256, Instant storedBefore, Reason reason) {
        boolean deleted = Boolean.TRUE.equals(transaction.execute(status -> {
            references.lock(List.of(sha256));
            if (references.count(sha256) > 0) {
                return false;
            }
            try {
                if (storedBefore != null
                        && content.storedAt(sha256).filter(at -> at.isBefore(storedBefore)).isEmpty()) {
                    return false;
                }
                return content.delete(sha256);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete content " + sha256, e);
            }
        }));
        if (deleted) {
            audit.accepted("hub", reason.action(), sha256);
            log.info("Deleted content {} ({}): no record refers to it", sha256, reason.name().toLowerCase());
        }
        return deleted;
    }
}
