package uk.ehcexchange.hub.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.adapters.caseload.CaseloadFormatException;
import uk.ehcexchange.adapters.caseload.CaseloadReader;
import uk.ehcexchange.adapters.csv.CaseloadErrorReport;
import uk.ehcexchange.hub.audit.JdbcAuditTrail;
import uk.ehcexchange.hub.bulk.ImportRuns.RowErrors;
import uk.ehcexchange.hub.bulk.RowPreparer.Batch;
import uk.ehcexchange.hub.bulk.RowPreparer.PreparedRow;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.hub.support.Sha256;
import uk.ehcexchange.model.validation.Violation;
import uk.ehcexchange.security.audit.AuditEvent;

/**
 * Imports a council's caseload file into the hub: every plan through the same rules and the same store as a plan
 * submitted through the API ({@link PlanService#importPlan}), in batches that each commit in one transaction together
 * with the run's position in the file, the rows' errors and their audit entries. An interrupted import therefore
 * resumes at the first row not committed, and no plan is stored twice: the plan id is the primary key.
 *
 * <p>The file is read one row at a time, and the next batch is read and checked ({@link RowPreparer}) while the
 * current one is stored: at most four batches are in memory, whatever the size of the file.
 */
@Service
public class CaseloadImporter {

    public static final int DEFAULT_BATCH_SIZE = 200;
    static final String ACTION = "plan.import";
    /** The API client id the importer acts as; the audit trail records the council, as for API calls. */
    static final String CLIENT_ID = "operator-cli";
    private static final int ATTEMPTS = 3;
    /** The canonical plan id format. */
    private static final Pattern PLAN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(CaseloadImporter.class);

    /**
     * @param maxRows stop after this many rows (0: the whole file); the next run of the same file continues there
     * @param report  where the error report (CSV: row, field, rule, message) is written
     */
    public record Request(Path file, CaseloadFileFormat format, String council, int batchSize, long maxRows,
                          Path report) {
    }

    public enum Outcome {
        /** The end of the file was reached. */
        COMPLETED,
        /** The file had been imported before: nothing was read. */
        ALREADY_COMPLETED,
        /** Stopped at {@code maxRows}; run the same file again to continue. */
        STOPPED,
        /**
         * The file cannot be read, or read further (a CSV header, bytes that are not UTF-8, XML that is not well-formed):
         * see {@link Result#fileProblem()}.
         */
        FILE_REJECTED
    }

    /**
     * @param run           null when the header was refused before a run began
     * @param rowsThisTime  rows committed by this invocation
     * @param reportedRows  rows in the error report
     */
    public record Result(Outcome outcome, ImportRun run, ImportCounts counts, long rowsThisTime,
                         CaseloadFormatException fileProblem, long reportedRows) {
    }

    /** A seam for tests: runs inside each batch's transaction, just before it commits. */
    interface BatchHook {
        void beforeCommit(int batchNumber);
    }

    private final PlanService plans;
    private final ImportRuns runs;
    private final JdbcAuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private BatchHook hook = batch -> { };

    public CaseloadImporter(PlanService plans, ImportRuns runs, JdbcAuditTrail audit,
                            PlatformTransactionManager transactions, Clock clock) {
        this.plans = plans;
        this.runs = runs;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void setBatchHook(BatchHook hook) {
        this.hook = hook;
    }

    public Result run(Request request, ImportProgress progress) throws IOException {
        String sha256 = Sha256.hexOfFile(request.file());
        long size = Files.size(request.file());
        try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(request.file()))) {
            CaseloadReader reader;
            try {
                reader = request.format().open(counting);
            } catch (CaseloadFormatException header) {
                return new Result(Outcome.FILE_REJECTED, null, ImportCounts.NONE, 0, header,
                        writeReport(request.report(), null, header));
            }
            try (reader) {
                CaseloadFileFormat format = request.format();
                ImportRun run = runs.findOrStart(request.council(), format.recordedAs(), format.beforeFirst(), sha256,
                        request.file().getFileName().toString(), clock.instant());
                if (run.completed()) {
                    return new Result(Outcome.ALREADY_COMPLETED, run, run.counts(), 0, null,
                            writeReport(request.report(), run, null));
                }
                log.info("Caseload import run {} for council {} continues after row {}", run.runId(), run.council(),
                        run.lastCommittedRow());
                progress.start(run.counts(), size);
                reader.skipThrough(run.lastCommittedRow());
                return importRows(request, run, reader, progress, counting);
            }
        }
    }

    private Result importRows(Request request, ImportRun run, CaseloadReader reader, ImportProgress progress,
                              CountingInputStream counting) throws IOException {
        long expectedRow = run.lastCommittedRow();
        ImportCounts counts = run.counts();
        long rowsThisTime = 0;
        BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(2);
        Thread preparer = new Thread(new RowPreparer(reader, plans, new ClientIdentity(CLIENT_ID, run.council()),
                request.batchSize(), request.maxRows(), batches), "caseload-reader");
        preparer.setDaemon(true);
        preparer.start();
        Batch batch;
        try {
            int batchNumber = 0;
            do {
                batch = batches.take();
                if (batch.failure() instanceof IOException io) {
                    throw io;
                } else if (batch.failure() != null) {
                    throw (RuntimeException) batch.failure();
                }
                if (!batch.rows().isEmpty()) {
                    long lastRow = batch.rows().get(batch.rows().size() - 1).number();
                    counts = counts.plus(commit(run, expectedRow, lastRow, batch.rows(), counts, ++batchNumber));
                    expectedRow = lastRow;
                    rowsThisTime += batch.rows().size();
                    progress.update(counts, counting.count());
                }
            } while (!batch.last());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            stop(preparer);
        }
        Outcome outcome = batch.problem() != null ? Outcome.FILE_REJECTED
                : batch.endOfFile() ? Outcome.COMPLETED : Outcome.STOPPED;
        if (outcome == Outcome.COMPLETED) {
            runs.complete(run, clock.instant());
            audit.record(AuditEvent.accepted(run.council(), "caseload.import", run.runId()));
        }
        progress.finish(counts, counting.count());
        log.info("Caseload import run {}: {} after row {} ({} imported, {} present, {} rejected)", run.runId(), outcome,
                expectedRow, counts.imported(), counts.present(), counts.rejected());
        return new Result(outcome, run, counts, rowsThisTime, batch.problem(),
                writeReport(request.report(), run, batch.problem()));
    }

    /** The reading thread must be gone before the file is closed under it. */
    private static void stop(Thread preparer) {
        preparer.interrupt();
        boolean interrupted = false;
        while (preparer.isAlive()) {
            try {
                preparer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Commits one batch, trying again if a plan id was taken meanwhile by another writer (the hub, on PostgreSQL). */
    private ImportCounts commit(ImportRun run, long expectedRow, long lastRow, List<PreparedRow> batch,
                                ImportCounts before, int batchNumber) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> importBatch(run, expectedRow, lastRow, batch, before, batchNumber));
            } catch (DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private ImportCounts importBatch(ImportRun run, long expectedRow, long lastRow, List<PreparedRow> batch,
                                     ImportCounts before, int batchNumber) {
        int imported = 0;
        int present = 0;
        int rejected = 0;
        List<RowErrors> errors = new ArrayList<>();
        List<AuditEvent> entries = new ArrayList<>();
        for (PreparedRow row : batch) {
            List<Violation> violations = row.violations();
            if (row.admitted() != null) {
                try {
                    if (plans.importPlan(row.admitted()) == PlanService.Imported.CREATED) {
                        imported++;
                        entries.add(AuditEvent.accepted(run.council(), ACTION, row.plan().planId()));
                    } else {
                        present++;
                    }
                    if (!row.notCarried().isEmpty()) {
                        errors.add(new RowErrors(row.number(), row.notCarried()));
                    }
                    continue;
                } catch (RejectedException e) {
                    violations = e.violations();
                }
            }
            rejected++;
            errors.add(new RowErrors(row.number(), concat(violations, row.notCarried())));
            entries.add(AuditEvent.rejected(run.council(), ACTION, subject(row), reason(row, violations)));
        }
        ImportCounts counts = new ImportCounts(imported, present, rejected);
        if (!runs.advance(run, expectedRow, lastRow, before.plus(counts), clock.instant())) {
            throw new ConcurrentImportException(run);
        }
        runs.recordErrors(run, errors);
        audit.recordAll(entries);
        hook.beforeCommit(batchNumber);
        return counts;
    }

    private static List<Violation> concat(List<Violation> first, List<Violation> then) {
        List<Violation> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** The plan id when the row has a well-formed one, else the row: the audit trail names documents by identifier. */
    private static String subject(PreparedRow row) {
        String planId = row.plan() == null ? null : row.plan().planId();
        return planId != null && PLAN_ID.matcher(planId).matches() ? planId : "caseload row " + row.number();
    }

    private static String reason(PreparedRow row, List<Violation> violations) {
        Violation first = violations.get(0);
        return first.rule() + " " + first.field() + (violations.size() > 1 ? " (+" + (violations.size() - 1) + " more)" : "")
                + ", row " + row.number();
    }

    /**
     * Writes the whole report of the run (its stored errors, then a problem with the file itself), replacing the report
     * of an earlier invocation only once complete.
     *
     * @return the number of rows in the report
     */
    private long writeReport(Path report, ImportRun run, CaseloadFormatException problem) throws IOException {
        Path partial = report.resolveSibling(report.getFileName() + ".part");
        RowCounter rows = new RowCounter();
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             CaseloadErrorReport lines = new CaseloadErrorReport(out)) {
            if (run != null) {
                runs.forEachError(run, (violation, row) -> {
                    try {
                        lines.add(row, violation);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows.count(row);
                });
            }
            if (problem != null) {
                for (Violation violation : problem.violations()) {
                    lines.add(problem.row(), violation);
                }
                rows.count(problem.row());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows.rows;
    }

    /** Counts distinct rows in a stream of report lines ordered by row. */
    private static final class RowCounter {
        private long rows;
        private long last = -1;

        void count(long row) {
            if (row != last) {
                rows++;
                last = row;
            }
        }
    }
}
