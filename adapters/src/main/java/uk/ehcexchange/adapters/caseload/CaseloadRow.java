package uk.ehcexchange.adapters.caseload;

import java.util.List;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.Violation;

/**
 * One entry of a caseload file (a data row of caseload CSV, an {@code EhcPlan} of a council XML caseload), mapped.
 *
 * @param number     where the entry is, as the error report names it: in caseload CSV the row as a spreadsheet shows it
 *                   (the header is row 1, the first plan row 2); in a council XML caseload the plan's position (the
 *                   first {@code EhcPlan} is 1)
 * @param plan       the plan the entry describes, with unreadable values left absent; null when the entry itself is
 *                   broken (bad CSV, wrong number of cells, a plan that breaks the council XML schema)
 * @param violations what could not be read, by column or XPath (field {@code $} for the entry as a whole); the plan's
 *                   own rules are checked separately, by the canonical validator
 * @param notCarried what the entry held that the canonical plan has no place for (rule {@code not-carried}): it does
 *                   not stop the plan being imported, and is reported so that nothing is dropped in silence
 */
public record CaseloadRow(long number, EhcPlan plan, List<Violation> violations, List<Violation> notCarried) {

    public CaseloadRow {
        violations = List.copyOf(violations);
        notCarried = List.copyOf(notCarried);
    }

    public CaseloadRow(long number, EhcPlan plan, List<Violation> violations) {
        this(number, plan, violations, List.of());
    }

    /** Whether every value was read; the plan may still break the canonical rules. */
    public boolean isReadable() {
        return plan != null && violations.isEmpty();
    }
}
