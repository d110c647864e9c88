package uk.ehcexchange.model;

import java.util.List;

public record OutcomesSection(Authorship author, List<Outcome> outcomes) {
    public OutcomesSection {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
