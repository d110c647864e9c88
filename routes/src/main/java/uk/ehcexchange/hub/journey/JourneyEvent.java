package uk.ehcexchange.hub.journey;

import java.time.LocalDate;

/** STUB for helper review until helper assess's journey framework lands. */
public record JourneyEvent(String eventId, String caseId, String kind, LocalDate occurredOn) {
}
