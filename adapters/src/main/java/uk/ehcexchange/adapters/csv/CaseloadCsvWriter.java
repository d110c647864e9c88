package uk.ehcexchange.adapters.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.ehcexchange.model.EhcPlan;

/**
 * Writes plans as caseload CSV (schemas/caseload-csv-v1.md), one row per plan, after a header fixed by the layout.
 * Nothing is dropped silently: {@link #write} returns the path of every field the row could not carry.
 */
public final class CaseloadCsvWriter implements Closeable, Flushable {

    private final CsvWriter out;
    private final FlatColumns columns;

    /** Writes the header straight away. The caller chooses the encoding of {@code out}; the format says UTF-8. */
    public CaseloadCsvWriter(Writer out, CaseloadLayout layout) throws IOException {
        this.out = new CsvWriter(out);
        this.columns = FlatColumns.forLayout(CaseloadCsv.SHAPE, layout);
        this.out.write(columns.names());
    }

    public List<String> columns() {
        return columns.names();
    }

    /**
     * Writes one plan as one row.
     *
     * @return the paths (e.g. {@code sections.E.outcomes[12]}) of what the row does not carry; empty when reading the
     *         row back gives an equal plan
     */
    public List<String> write(EhcPlan plan) throws IOException {
        List<String> notCarried = new ArrayList<>();
        out.write(Arrays.asList(columns.write(plan, notCarried)));
        return List.copyOf(notCarried);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
