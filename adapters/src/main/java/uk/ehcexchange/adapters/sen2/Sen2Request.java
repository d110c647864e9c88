package uk.ehcexchange.adapters.sen2;

import java.time.LocalDate;

/**
 * Module 2: one request for an EHC needs assessment and what followed it.
 *
 * @param requestSource   item 2.2, 1 to 5
 * @param requestOutcome  item 2.5: Y, N, A, W or H
 * @param exported        item 2.8: the LA the child moved to before the assessment finished
 * @param assessment      module 3, absent when there was none (N, A, W, or exported)
 * @param activePlan      module 5, present when the plan of this request is active on the census day
 */
public record Sen2Request(LocalDate receivedDate, Integer requestSource, LocalDate requestOutcomeDate,
                          String requestOutcome, String exported, Sen2Assessment assessment,
                          Sen2ActivePlan activePlan) {
}
