package uk.ehcexchange.hub.journey;

import java.time.LocalDate;
import java.util.List;
import uk.ehcexchange.model.Child;

/** A child's journey at one council in one read: the case, its events and its clocks, oldest first. */
public record JourneyView(String caseId, String council, CaseStatus status, LocalDate openedOn, String planId,
                          Child child, List<JourneyEvent> events, List<ClockView> clocks) {
}
