package uk.ehcexchange.hub.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The answer to a request for delivered content that the retention job deleted: 410 Gone with the time it went,
 * rather than a broken stream or a 500. The record (inbox item, advice, ledger, receipts, audit trail) stays.
 */
public final class ContentPurged {

    private ContentPurged() {
    }

    /** @param what names the record whose content went, e.g. "transfer 5d1e…" */
    public static RejectedException rejection(String field, String what, Instant purgedAt, String subjectId) {
        return RejectedException.of(Rejection.CONTENT_PURGED, field, "within-retention",
                "the content of " + what + " was deleted at " + purgedAt.truncatedTo(ChronoUnit.SECONDS)
                        + ", after the retention period of delivered content (ehc.retention.delivered-content)",
                subjectId);
    }
}
