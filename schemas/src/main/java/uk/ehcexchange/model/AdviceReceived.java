package uk.ehcexchange.model;

import java.time.LocalDate;

/**
 * @param documentReference where the attached advice document can be fetched or found in a transfer package
 */
public record AdviceReceived(
        AdviceType type,
        String authorOrganisation,
        LocalDate receivedOn,
        String documentReference) {
}
