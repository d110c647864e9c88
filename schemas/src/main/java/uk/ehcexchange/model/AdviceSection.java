package uk.ehcexchange.model;

import java.util.List;

/** Section K: the advice and information gathered during the assessment, travelling with the plan (reg 15). */
public record AdviceSection(Authorship author, List<AdviceReceived> advice) {
    public AdviceSection {
        advice = advice == null ? List.of() : List.copyOf(advice);
    }
}
