package uk.ehcexchange.hub.journey;

import java.time.Instant;
import java.time.LocalDate;
import uk.ehcexchange.model.Child;

/** A child's statutory journey at one council. */
public record JourneyCase(String caseId, String council, Child child, String planId, LocalDate openedOn,
                          CaseStatus status, Instant createdAt, Instant updatedAt) {
}
