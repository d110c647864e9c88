package uk.ehcexchange.hub.journey;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something that happened in a child's journey.
 *
 * @param occurredOn the day it happened, as the party that did it says (never in the future)
 * @param recordedAt when the hub recorded it
 * @param actor      the client or authority that did it
 * @param party      the authority code the event concerns (e.g. the adviser), if any
 * @param detail     what a caseworker needs to read it; never personal data
 * @param ref        the advice request, review or decision it belongs to, if any
 */
public record JourneyEvent(String eventId, String caseId, String kind, LocalDate occurredOn, Instant recordedAt,
                           String actor, String party, String detail, String ref) {
}
