package uk.ehcexchange.adapters.csv;

import java.io.IOException;
import java.util.List;
import uk.ehcexchange.model.validation.Violation;

/**
 * The file as a whole cannot be read as a caseload: no header, a header with unknown, duplicate or missing columns, or
 * bytes that are not UTF-8. Problems with one row never raise this; they are reported on that row.
 */
public final class CaseloadFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long row;
    private final transient List<Violation> violations;

    public CaseloadFormatException(long row, List<Violation> violations) {
        super("row " + row + ": " + violations.get(0).field() + " " + violations.get(0).message()
                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        this.row = row;
        this.violations = List.copyOf(violations);
    }

    /** The row at fault; 1 is the header. */
    public long row() {
        return row;
    }

    public List<Violation> violations() {
        return violations;
    }
}
