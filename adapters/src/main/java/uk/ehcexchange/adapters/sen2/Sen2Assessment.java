package uk.ehcexchange.adapters.sen2;

import java.time.LocalDate;

/**
 * Module 3: the assessment and its outcome.
 *
 * @param outcome     item 3.1: Y, N, A, W or H
 * @param outcomeDate item 3.2: the day the plan was issued (Y) or the family was told no plan would be (N)
 * @param week20      item 3.7: whether exceptions to the 20-week limit (reg 13(3)) apply; absent when not known
 * @param namedPlan   module 4, for a plan issued (or held) on this request
 */
public record Sen2Assessment(String outcome, LocalDate outcomeDate, Boolean week20, Sen2NamedPlan namedPlan) {
}
