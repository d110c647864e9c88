package uk.ehcexchange.hub.journey;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.ehcexchange.statutory.StatutoryDate;

/** STUB for helper review until helper assess's journey framework lands. */
@Service
public class JourneyLog {
    public JourneyEvent record(String caseId, String kind, LocalDate occurredOn, String actor, String party,
                               String detail, String ref) {
        return new JourneyEvent(UUID.randomUUID().toString(), caseId, kind, occurredOn);
    }

    public void openClock(String caseId, ClockKind kind, String ref, StatutoryDate due, LocalDate startedOn,
                          WaitingOn waitingOn) {
    }

    public void closeClock(String caseId, ClockKind kind, String ref, JourneyEvent closing) {
    }

    public void notNeeded(String caseId, ClockKind kind, String ref, JourneyEvent why) {
    }
}
