package uk.ehcexchange.hub.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import uk.ehcexchange.hub.bulk.ImportCounts;
import uk.ehcexchange.hub.bulk.ImportProgress;

/**
 * The import's progress on standard error: a bar redrawn in place on a terminal, or a plain line every few seconds
 * when the output is a file or a pipe (a log, CI). Counts only: nothing from the file is ever shown.
 */
final class ProgressDisplay implements ImportProgress {

    enum Mode {
        /** A bar on a terminal, lines otherwise. */
        AUTO, BAR, LINES, NONE
    }

    private static final int WIDTH = 30;
    private static final long BAR_INTERVAL_NANOS = 100_000_000L;
    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final Mode mode;
    private final LongSupplier nanoTime;
    private long started;
    private long lastDrawn;
    private int rowsAtStart;
    private long totalBytes;

    ProgressDisplay(PrintWriter err, Mode mode, LongSupplier nanoTime) {
        this.err = err;
        this.mode = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.LINES) : mode;
        this.nanoTime = nanoTime;
    }

    Mode mode() {
        return mode;
    }

    @Override
    public void start(ImportCounts committed, long totalBytes) {
        this.rowsAtStart = committed.rows();
        this.totalBytes = totalBytes;
        this.started = nanoTime.getAsLong();
        this.lastDrawn = started;
    }

    @Override
    public void update(ImportCounts counts, long bytesRead) {
        long now = nanoTime.getAsLong();
        if (mode != Mode.NONE && now - lastDrawn >= (mode == Mode.BAR ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS)) {
            draw(counts, bytesRead, now);
            lastDrawn = now;
        }
    }

    @Override
    public void finish(ImportCounts counts, long bytesRead) {
        if (mode == Mode.NONE) {
            return;
        }
        draw(counts, bytesRead, nanoTime.getAsLong());
        if (mode == Mode.BAR) {
            err.println();
        }
        err.flush();
    }

    private void draw(ImportCounts counts, long bytesRead, long now) {
        int percent = totalBytes == 0 ? 100 : (int) Math.min(100, bytesRead * 100 / totalBytes);
        double seconds = Math.max((now - started) / 1e9, 0.001);
        long rate = Math.round((counts.rows() - rowsAtStart) / seconds);
        String figures = String.format(java.util.Locale.UK, "%3d%%  %,d rows: %,d imported, %,d already present, %,d rejected  %,d rows/s",
                percent, counts.rows(), counts.imported(), counts.present(), counts.rejected(), rate);
        if (mode == Mode.BAR) {
            int filled = percent * WIDTH / 100;
            err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + figures);
        } else {
            err.println("import-caseload: " + figures);
        }
        err.flush();
    }
}
