package uk.ehcexchange.hub.review;

import java.time.LocalDate;

/**
 * @param adviser     what kind of advice: school, health or social care
 * @param party       the authority code of the party asked (LA code, ODS code)
 * @param requestedOn the day the council asked; today when absent
 */
public record NewReviewAdviceRequest(ReviewAdviser adviser, String party, LocalDate requestedOn) {
}
