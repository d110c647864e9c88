package uk.ehcexchange.hub.review;

import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.journey.JourneyReader;

/** Small rules the review services share. */
final class Reviews {

    private Reviews() {
    }

    /** The ref of the s44 clock of a plan's n-th review at a council: one clock per cycle, opened before its review. */
    static String cycleRef(int cycle) {
        return "review-" + cycle;
    }

    static void requireActingFor(ClientIdentity client, String council) {
        JourneyReader.requireActingFor(client, council, "council");
    }

    static RejectedException outOfOrder(String reviewId, String rule, String detail) {
        return RejectedException.of(Rejection.CONFLICT, "step", rule, detail, reviewId);
    }

    static RejectedException beforeEarlierStep(String reviewId, String earlier, Object day) {
        return RejectedException.of(Rejection.VALIDATION_FAILED, "on", "not-before-" + earlier,
                "cannot be before the " + earlier.replace('-', ' ') + " (" + day + ")", reviewId);
    }
}
