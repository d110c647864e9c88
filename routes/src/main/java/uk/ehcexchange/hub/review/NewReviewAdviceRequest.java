package uk.ehcexchange.hub.review;

import java.time.LocalDate;

/**
 * @param adviser       what kind of advice: school, health or social care
 * @param party         the authority code of the party asked (LA code, ODS code); for a school, its council's LA code
 * @param establishment for SCHOOL advice only, optional: the URN or UKPRN of the school or college asked, so that the
 *                      school's own API client (role {@code school}) sees and answers it; absent, the request goes to
 *                      the party's own system
 * @param requestedOn   the day the council asked; today when absent
 */
public record NewReviewAdviceRequest(ReviewAdviser adviser, String party, String establishment,
                                     LocalDate requestedOn) {

    /** A request addressed to the party's own system (no school named). */
    public NewReviewAdviceRequest(ReviewAdviser adviser, String party, LocalDate requestedOn) {
        this(adviser, party, null, requestedOn);
    }
}
