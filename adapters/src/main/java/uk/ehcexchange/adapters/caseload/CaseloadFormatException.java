package uk.ehcexchange.adapters.caseload;

import java.io.IOException;
import java.util.List;
import uk.ehcexchange.model.validation.Violation;

/**
 * The file as a whole cannot be read, or read further, as a caseload: in caseload CSV no header, a header with unknown,
 * duplicate or missing columns, or bytes that are not UTF-8; in a council XML caseload another document element, a
 * DOCTYPE, or XML that is not well-formed. Problems with one entry never raise this; they are reported on that entry.
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

    /** The entry at fault, numbered as {@link CaseloadRow#number()}: 1 is the CSV header, 0 the XML document itself. */
    public long row() {
        return row;
    }

    public List<Violation> violations() {
        return violations;
    }
}
