package uk.ehcexchange.hub.bulk;

import java.time.Instant;

/**
 * The ledger entry of one caseload file imported for one council.
 *
 * @param lastCommittedRow the last row whose outcome is committed (1, the header, before the first batch)
 * @param completedAt      when the end of the file was reached; null while the run can still continue
 */
public record ImportRun(String runId, String council, String format, String fileSha256, long lastCommittedRow,
                        ImportCounts counts, Instant startedAt, Instant completedAt) {

    public boolean completed() {
        return completedAt != null;
    }
}
