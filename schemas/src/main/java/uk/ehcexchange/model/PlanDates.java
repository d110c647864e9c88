package uk.ehcexchange.model;

import java.time.LocalDate;

/**
 * @param requestReceived the day the council received the request for an EHC needs assessment
 * @param issued          the day the final plan was issued (absent for a draft)
 * @param lastReviewed    the day of the last annual review (absent until the first review)
 */
public record PlanDates(LocalDate requestReceived, LocalDate issued, LocalDate lastReviewed) {
}
