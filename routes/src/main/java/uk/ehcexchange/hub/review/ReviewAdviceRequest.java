package uk.ehcexchange.hub.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A request for review advice and its answer.
 *
 * @param establishment the URN or UKPRN of the school asked, when the council asked the school itself
 * @param dueOn      the day by which the advice must reach the council: 2 weeks before the meeting, so that it can be
 *                   circulated with the notice reg 20(4) / 21(4) requires
 * @param answeredOn the day the hub received the party's answer (the hub's own date, never the caller's)
 * @param advice     the answer; only in a single request's read, never in lists
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewAdviceRequest(String requestId, String reviewId, String council, String planId,
                                  ReviewAdviser adviser, String party, String establishment,
                                  LocalDate meetingOn, LocalDate requestedOn,
                                  LocalDate dueOn, LocalDate answeredOn, String advice) {

    /** The code the advice clock waits on: the school's URN or UKPRN when one was named, else the party. */
    public String waitedOn() {
        return establishment != null ? establishment : party;
    }

    public boolean answered() {
        return answeredOn != null;
    }

    ReviewAdviceRequest withoutAdvice() {
        return new ReviewAdviceRequest(requestId, reviewId, council, planId, adviser, party, establishment, meetingOn, requestedOn,
                dueOn, answeredOn, null);
    }
}
