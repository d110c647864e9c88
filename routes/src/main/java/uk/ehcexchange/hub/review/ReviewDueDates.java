package uk.ehcexchange.hub.review;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.transfer.DeadlineRepository;
import uk.ehcexchange.model.PlanDates;
import uk.ehcexchange.statutory.ReviewClock;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * When a plan's next review is due at a council. In order of precedence:
 * <ol>
 *   <li>a plan transferred in since the council last concluded a review: the reg 15(5) date the hub recorded when the
 *       plan arrived (the later of 12 months from when it was made or last reviewed and 3 months from the transfer);</li>
 *   <li>after a review concluded here: 12 months beginning with the council's decision, the review's conclusion
 *       (s44(1)(b));</li>
 *   <li>a plan last reviewed before it came to the hub: 12 months beginning with that review;</li>
 *   <li>otherwise 12 months beginning with the day the plan was first made (s44(1)(a)).</li>
 * </ol>
 * A plan whose last review decided to cease it has no next review.
 */
@Component
class ReviewDueDates {

    private final ReviewClock reviewClock;
    private final DeadlineRepository transfers;

    ReviewDueDates(ReviewClock reviewClock, DeadlineRepository transfers) {
        this.reviewClock = reviewClock;
        this.transfers = transfers;
    }

    /** @return null when the plan's last review ceased it */
    Review.Due next(String council, String planId, PlanDates dates, List<Review> reviews) {
        Review last = reviews.stream().filter(Review::concluded).reduce((a, b) -> b).orElse(null);
        if (last != null && last.outcome() == ReviewOutcome.CEASE) {
            return null;
        }
        var transferredIn = transfers.latestTransferIn(council, planId);
        if (transferredIn.isPresent()
                && (last == null || last.decidedOn().isBefore(transferredIn.get().transferDate()))) {
            var reviewBy = transferredIn.get().reviewBy();
            return new Review.Due(reviewBy.dueOn(), reviewBy.rule(), reviewBy.source());
        }
        if (last != null) {
            return due(reviewClock.nextReviewBy(last.decidedOn()));
        }
        if (dates != null && dates.lastReviewed() != null) {
            return due(reviewClock.nextReviewBy(dates.lastReviewed()));
        }
        if (dates == null || dates.issued() == null) {
            throw RejectedException.of(Rejection.CONFLICT, "dates.issued", "plan-issued",
                    "plan " + planId + " has no issue date, so its review date cannot be worked out; submit the plan"
                            + " with dates.issued", planId);
        }
        return due(reviewClock.firstReviewBy(dates.issued()));
    }

    private static Review.Due due(StatutoryDate date) {
        return new Review.Due(date.date(), date.rule(), date.source());
    }
}
