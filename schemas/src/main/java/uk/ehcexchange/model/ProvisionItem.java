package uk.ehcexchange.model;

import java.util.List;

/**
 * One piece of provision, specific and quantified as the Code of Practice requires.
 *
 * @param id          unique within the plan
 * @param description what is provided
 * @param deliveredBy who delivers it, e.g. "Speech and language therapist (NHS)"
 * @param quantity    how often and how much, e.g. "30 minutes weekly, term time"
 * @param outcomeIds  the section E outcomes this provision serves
 */
public record ProvisionItem(
        String id,
        String description,
        String deliveredBy,
        String quantity,
        List<String> outcomeIds) {
    public ProvisionItem {
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
    }
}
