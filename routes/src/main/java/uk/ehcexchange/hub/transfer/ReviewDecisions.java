package uk.ehcexchange.hub.transfer;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The review decisions the hub itself recorded for a plan (the annual review service implements this), so that
 * reg 15(5) on transfer counts "last reviewed" from the hub's own events and not only from what a council typed
 * into the plan document. A small query the transfer side asks; it knows nothing else of reviews.
 */
public interface ReviewDecisions {

    /** The latest day on or before {@code onOrBefore} on which a council decided a review of the plan. */
    Optional<LocalDate> lastDecided(String planId, LocalDate onOrBefore);
}
