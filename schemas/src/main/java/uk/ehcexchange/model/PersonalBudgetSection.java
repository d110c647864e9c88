package uk.ehcexchange.model;

import java.util.List;

/** Section J. An empty list means no personal budget was requested. */
public record PersonalBudgetSection(Authorship author, List<BudgetLine> lines) {
    public PersonalBudgetSection {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
