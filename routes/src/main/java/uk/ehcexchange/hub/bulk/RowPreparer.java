package uk.ehcexchange.hub.bulk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;
import uk.ehcexchange.adapters.caseload.CaseloadFormatException;
import uk.ehcexchange.adapters.caseload.CaseloadReader;
import uk.ehcexchange.adapters.caseload.CaseloadRow;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.Violation;

/**
 * Reads rows and puts each through the plan rules ({@link PlanService#admit}, which needs no database), in batches,
 * on its own thread: the importer stores one batch while the next is read and checked. At most the queue's capacity
 * of batches wait in memory.
 */
final class RowPreparer implements Runnable {

    /**
     * One row, checked.
     *
     * @param admitted   the plan ready to store; null when the row is refused
     * @param violations why the row is refused; empty when admitted
     * @param notCarried what the row held that the plan cannot keep; reported whether or not the plan is stored
     */
    record PreparedRow(long number, EhcPlan plan, PlanService.Admitted admitted, List<Violation> violations,
                       List<Violation> notCarried) {
    }

    /**
     * @param last      no batch follows
     * @param endOfFile (last batch) the file has been read to its end
     * @param problem   (last batch) the file cannot be read further
     * @param failure   (last batch) reading failed unexpectedly; the importer rethrows it
     */
    record Batch(List<PreparedRow> rows, boolean last, boolean endOfFile, CaseloadFormatException problem,
                 Exception failure) {
    }

    private final CaseloadReader reader;
    private final PlanService plans;
    private final ClientIdentity client;
    private final int batchSize;
    private final long maxRows;
    private final BlockingQueue<Batch> batches;

    /** @param maxRows rows to read at most (0: all) */
    RowPreparer(CaseloadReader reader, PlanService plans, ClientIdentity client, int batchSize, long maxRows,
                BlockingQueue<Batch> batches) {
        this.reader = reader;
        this.plans = plans;
        this.client = client;
        this.batchSize = batchSize;
        this.maxRows = maxRows > 0 ? maxRows : Long.MAX_VALUE;
        this.batches = batches;
    }

    @Override
    public void run() {
        try {
            batches.put(readAll());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt(); // the importer gave up; nobody waits for the rest
        }
    }

    /** Hands over full batches as they fill; returns the last one. */
    private Batch readAll() throws InterruptedException {
        List<PreparedRow> rows = new ArrayList<>(batchSize);
        long read = 0;
        try {
            while (read < maxRows) {
                CaseloadRow row = reader.next();
                if (row == null) {
                    return new Batch(rows, true, true, null, null);
                }
                read++;
                rows.add(prepare(row));
                if (rows.size() == batchSize) {
                    batches.put(new Batch(rows, false, false, null, null));
                    rows = new ArrayList<>(batchSize);
                }
            }
            // Stopped at the limit: exactly at the last row is the end of the file too.
            return new Batch(rows, true, reader.next() == null, null, null);
        } catch (CaseloadFormatException e) {
            return new Batch(rows, true, false, e, null); // the rows before it are good
        } catch (IOException | RuntimeException e) {
            return new Batch(List.of(), true, false, null, e);
        }
    }

    private PreparedRow prepare(CaseloadRow row) {
        List<Violation> violations = new ArrayList<>(row.violations());
        if (row.plan() == null) {
            return new PreparedRow(row.number(), null, null, violations, row.notCarried());
        }
        try {
            PlanService.Admitted admitted = plans.admit(client, row.plan());
            if (violations.isEmpty()) {
                return new PreparedRow(row.number(), row.plan(), admitted, List.of(), row.notCarried());
            }
        } catch (RejectedException e) {
            violations.addAll(notYetReported(e.violations(), violations));
        }
        return new PreparedRow(row.number(), row.plan(), null, violations, row.notCarried());
    }

    /** A cell that could not be read leaves its field absent; the validator's "required" for it says nothing new. */
    private static List<Violation> notYetReported(List<Violation> found, List<Violation> reported) {
        Set<String> fields = reported.stream().map(Violation::field).collect(Collectors.toSet());
        return found.stream().filter(v -> !fields.contains(v.field())).toList();
    }
}
