package uk.ehcexchange.hub.review;

import java.time.LocalDate;

/**
 * One step of a review, recorded by the council.
 *
 * @param on          the day it happened (not after today)
 * @param outcome     DECISION only: maintain, amend or cease
 * @param ceaseReason DECISION with CEASE only: the SEN2 CeaseReason code, 1-9
 * @param planVersion AMENDED_FINAL_PLAN only: the version of the plan (stored through the plan API) that is the
 *                    amended final plan
 */
public record NewStep(ReviewStep step, LocalDate on, ReviewOutcome outcome, Integer ceaseReason,
                      Integer planVersion) {
}
