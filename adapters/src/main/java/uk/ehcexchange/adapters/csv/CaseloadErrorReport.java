package uk.ehcexchange.adapters.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ehcexchange.model.validation.Violation;

/**
 * The per-row error report of a caseload import, as CSV: {@code row,field,rule,message}, one line per broken rule.
 * {@code field} is a column of the caseload file (or {@code $} for the row as a whole), {@code rule} a stable rule id.
 * Messages describe the rule and never quote the value, so the report holds no personal data.
 */
public final class CaseloadErrorReport implements Closeable, Flushable {

    public static final List<String> HEADER = List.of("row", "field", "rule", "message");

    private final CsvWriter out;

    /** Writes the header straight away. */
    public CaseloadErrorReport(Writer out) throws IOException {
        this.out = new CsvWriter(out);
        this.out.write(HEADER);
    }

    public void add(long row, Violation violation) throws IOException {
        out.write(String.valueOf(row), violation.field(), violation.rule(), violation.message());
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
