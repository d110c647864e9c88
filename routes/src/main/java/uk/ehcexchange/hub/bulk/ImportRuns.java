package uk.ehcexchange.hub.bulk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ObjLongConsumer;
import java.util.stream.IntStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ehcexchange.model.validation.Violation;

/** The import ledger: one run per council, format and file (by SHA-256), and the errors of the rows it refused. */
@Repository
public class ImportRuns {

    /** A row's broken rules, in the order found. */
    public record RowErrors(long row, List<Violation> violations) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ImportRuns(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * The run of this file, or a new one; the unique key makes two processes starting the same file share one run.
     *
     * @param beforeFirst the number a new run starts from, that of what comes before the first entry (the CSV header)
     */
    public ImportRun findOrStart(String council, String format, long beforeFirst, String fileSha256, String fileName,
                                 Instant now) {
        return find(council, format, fileSha256).orElseGet(() -> {
            try {
                jdbc.sql("""
                                INSERT INTO bulk_import_run (run_id, council, format, file_sha256, file_name, status,
                                    last_committed_row, rows_imported, rows_present, rows_rejected, started_at, updated_at)
                                VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, 0, 0, 0, ?, ?)""")
                        .params(UUID.randomUUID().toString(), council, format, fileSha256, truncate(fileName, 255),
                                beforeFirst, Timestamp.from(now), Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException raced) {
                // another process started the same file first: share its run
            }
            return find(council, format, fileSha256).orElseThrow();
        });
    }

    public Optional<ImportRun> find(String council, String format, String fileSha256) {
        return jdbc.sql("""
                        SELECT run_id, council, format, file_sha256, last_committed_row, rows_imported, rows_present,
                               rows_rejected, started_at, completed_at
                        FROM bulk_import_run WHERE council = ? AND format = ? AND file_sha256 = ?""")
                .params(council, format, fileSha256)
                .query((rs, n) -> new ImportRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), new ImportCounts(rs.getInt(6), rs.getInt(7), rs.getInt(8)),
                        rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
                .optional();
    }

    /**
     * Moves the run on to {@code lastRow}, in the batch's transaction. It only moves on from where this process
     * left it: if another process moved it meanwhile, nothing is updated and the batch must roll back.
     *
     * @return whether the run was where this process expected it
     */
    public boolean advance(ImportRun run, long expectedRow, long lastRow, ImportCounts counts, Instant now) {
        return jdbc.sql("""
                        UPDATE bulk_import_run SET last_committed_row = ?, rows_imported = ?, rows_present = ?,
                            rows_rejected = ?, updated_at = ?
                        WHERE run_id = ? AND last_committed_row = ? AND completed_at IS NULL""")
                .params(lastRow, counts.imported(), counts.present(), counts.rejected(), Timestamp.from(now),
                        run.runId(), expectedRow)
                .update() == 1;
    }

    public void complete(ImportRun run, Instant now) {
        jdbc.sql("UPDATE bulk_import_run SET status = 'COMPLETED', completed_at = ?, updated_at = ? WHERE run_id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), run.runId())
                .update();
    }

    public void recordErrors(ImportRun run, List<RowErrors> rows) {
        List<Object[]> lines = rows.stream()
                .flatMap(row -> IntStream.range(0, row.violations().size()).mapToObj(i -> {
                    Violation violation = row.violations().get(i);
                    return new Object[] {run.runId(), row.row(), i, truncate(violation.field(), 300),
                            truncate(violation.rule(), 64), truncate(violation.message(), 500)};
                }))
                .toList();
        if (!lines.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO bulk_import_error (run_id, row_no, seq, field_path, rule_id, message)
                    VALUES (?, ?, ?, ?, ?, ?)""", lines);
        }
    }

    /** Streams the run's errors in row order to {@code each}, without holding them in memory. */
    public void forEachError(ImportRun run, ObjLongConsumer<Violation> each) {
        batch.query("""
                        SELECT row_no, field_path, rule_id, message FROM bulk_import_error WHERE run_id = ?
                        ORDER BY row_no, seq""",
                rs -> {
                    each.accept(new Violation(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getLong(1));
                },
                run.runId());
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
