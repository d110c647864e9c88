package uk.ehcexchange.model;

import java.time.LocalDate;

/**
 * @param id                    unique within the plan; provision items name the outcomes they serve by this id
 * @param preparingForAdulthood whether the outcome is a preparing-for-adulthood outcome (from Year 9)
 * @param achieveBy             optional target date
 */
public record Outcome(
        String id,
        String description,
        OutcomeTerm term,
        boolean preparingForAdulthood,
        LocalDate achieveBy) {
}
