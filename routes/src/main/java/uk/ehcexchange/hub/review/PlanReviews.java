package uk.ehcexchange.hub.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A plan's reviews at a council, oldest first, and when the next one is due (absent once the plan has been ceased).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanReviews(String planId, String council, Review.Due nextReviewDue, List<Review> reviews) {
}
