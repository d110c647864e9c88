package uk.ehcexchange.hub.advice;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.JourneyCase;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.JourneyLog;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.statutory.AssessmentClock;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * An advice request in its child's case: asking records an event and opens the case's ADVICE clock for that request
 * (6 weeks, reg 8), waiting on the party asked; answering records the advice and closes the clock, MET or LATE by
 * the day the hub received it; the council cancelling makes it NOT_NEEDED. A party declining is recorded but leaves
 * the clock open: the duty to give advice stands until the council withdraws the request or asks someone else.
 * Requests outside a case touch no journey. Called inside the advice service's own transactions.
 */
@Component
class AdviceJourney {

    static final String REQUESTED = "ADVICE_REQUESTED";
    static final String GIVEN = "ADVICE_GIVEN";
    static final String DECLINED = "ADVICE_REQUEST_DECLINED";
    static final String CANCELLED = "ADVICE_REQUEST_CANCELLED";

    private final JourneyCases cases;
    private final JourneyLog journey;
    /** The statutory library's reg 8 clock; the same date as {@link AdviceRequest#dueOn(LocalDate)}. */
    private final AssessmentClock clock;

    AdviceJourney(JourneyCases cases, JourneyLog journey, AssessmentClock clock) {
        this.cases = cases;
        this.journey = journey;
        this.clock = clock;
    }

    /** The council's own case, or empty when there is none or it is another council's. */
    Optional<JourneyCase> caseOf(String council, String caseId) {
        return cases.find(council, caseId);
    }

    void requested(AdviceRequest request, ClientIdentity asker) {
        if (request.caseId() == null) {
            return;
        }
        StatutoryDate due = clock.adviceBy(request.requestedOn());
        journey.record(request.caseId(), REQUESTED, request.requestedOn(), asker.clientId(), party(request),
                request.adviceType() + " advice asked of " + party(request), request.requestId());
        journey.openClock(request.caseId(), ClockKind.ADVICE, request.requestId(), due, request.requestedOn(),
                waitingOn(request));
    }

    void answered(AdviceRequest request, ClientIdentity responder, LocalDate receivedOn) {
        if (request.caseId() == null) {
            return;
        }
        JourneyEvent given = journey.record(request.caseId(), GIVEN, receivedOn, responder.clientId(),
                party(request), request.adviceType() + " advice received", request.requestId());
        journey.closeClock(request.caseId(), ClockKind.ADVICE, request.requestId(), given);
    }

    void statusChanged(AdviceRequest request, AdviceRequestStatus to, ClientIdentity client, LocalDate on) {
        if (request.caseId() == null || (to != AdviceRequestStatus.CANCELLED && to != AdviceRequestStatus.REJECTED)) {
            return;
        }
        boolean cancelled = to == AdviceRequestStatus.CANCELLED;
        JourneyEvent event = journey.record(request.caseId(), cancelled ? CANCELLED : DECLINED, on,
                client.clientId(), party(request), request.adviceType() + " advice request "
                        + (cancelled ? "withdrawn by the council" : "declined by the party asked"),
                request.requestId());
        if (cancelled) {
            journey.notNeeded(request.caseId(), ClockKind.ADVICE, request.requestId(), event);
        }
    }

    /** The party asked: a school by its URN or UKPRN, anyone else by the authority code the request was sent to. */
    private static String party(AdviceRequest request) {
        return request.establishment() != null ? request.establishment() : request.recipient();
    }

    /** Whom the clock waits on, by the kind of advice asked for. */
    static WaitingOn waitingOn(AdviceRequest request) {
        return switch (request.adviceType()) {
            case MEDICAL -> new WaitingOn(WaitingOn.Role.HEALTH, request.recipient());
            case SOCIAL_CARE -> new WaitingOn(WaitingOn.Role.SOCIAL_CARE, request.recipient());
            case PSYCHOLOGICAL -> new WaitingOn(WaitingOn.Role.EDUCATIONAL_PSYCHOLOGY, request.recipient());
            case EDUCATIONAL, HEAD_TEACHER_OR_PRINCIPAL -> new WaitingOn(WaitingOn.Role.SCHOOL,
                    request.establishment());
            case PARENT_OR_YOUNG_PERSON -> WaitingOn.family();
            case PREPARING_FOR_ADULTHOOD, SENSORY_IMPAIRMENT, OTHER -> new WaitingOn(WaitingOn.Role.OTHER_ADVISER,
                    request.recipient());
        };
    }
}
