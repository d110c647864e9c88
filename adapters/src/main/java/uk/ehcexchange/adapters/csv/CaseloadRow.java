package uk.ehcexchange.adapters.csv;

import java.util.List;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.Violation;

/**
 * One data row of a caseload file, mapped.
 *
 * @param number     the row's number as a spreadsheet shows it: the header is row 1, the first plan row 2
 * @param plan       the plan the row describes, with unreadable cells left absent; null when the row itself is broken
 *                   (bad CSV, wrong number of cells)
 * @param violations what could not be read, by column (field {@code $} for the row as a whole); the plan's own rules
 *                   are checked separately, by the canonical validator
 */
public record CaseloadRow(long number, EhcPlan plan, List<Violation> violations) {

    public CaseloadRow {
        violations = List.copyOf(violations);
    }

    /** Whether every cell was read; the plan may still break the canonical rules. */
    public boolean isReadable() {
        return plan != null && violations.isEmpty();
    }
}
