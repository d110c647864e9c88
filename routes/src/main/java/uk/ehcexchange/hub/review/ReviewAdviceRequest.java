package uk.ehcexchange.hub.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A request for review advice and its answer.
 *
 * @param dueOn      the day by which the advice must reach the council: 2 weeks before the meeting, so that it can be
 *                   circulated with the notice reg 20(4) / 21(4) requires
 * @param answeredOn the day the hub received the party's answer (the hub's own date, never the caller's)
 * @param advice     the answer; only in a single request's read, never in lists
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewAdviceRequest(String requestId, String reviewId, String council, String planId,
                                  ReviewAdviser adviser, String party, LocalDate meetingOn, LocalDate requestedOn,
                                  LocalDate dueOn, LocalDate answeredOn, String advice) {

    public boolean answered() {
        return answeredOn != null;
    }

    ReviewAdviceRequest withoutAdvice() {
        return new ReviewAdviceRequest(requestId, reviewId, council, planId, adviser, party, meetingOn, requestedOn,
                dueOn, answeredOn, null);
    }
}
