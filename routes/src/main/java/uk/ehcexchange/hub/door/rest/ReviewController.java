package uk.ehcexchange.hub.door.rest;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.review.NewReview;
import uk.ehcexchange.hub.review.NewReviewAdviceRequest;
import uk.ehcexchange.hub.review.NewStep;
import uk.ehcexchange.hub.review.PlanReviews;
import uk.ehcexchange.hub.review.Review;
import uk.ehcexchange.hub.review.ReviewAdviceAnswer;
import uk.ehcexchange.hub.review.ReviewAdviceRequest;
import uk.ehcexchange.hub.review.ReviewAdviceService;
import uk.ehcexchange.hub.review.ReviewService;

/**
 * Annual reviews: a council schedules a review of its final plan and records each step; the school or college,
 * health and social care answer its requests for advice. See docs/reviews.md.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewController {

    private final ReviewService reviews;
    private final ReviewAdviceService advice;

    ReviewController(ReviewService reviews, ReviewAdviceService advice) {
        this.reviews = reviews;
        this.advice = advice;
    }

    @GetMapping("/api/v1/councils/{council}/plans/{planId}/reviews")
    PlanReviews planReviews(@PathVariable String council, @PathVariable String planId, ClientIdentity client) {
        return reviews.reviews(client, council, planId);
    }

    @PostMapping(path = "/api/v1/councils/{council}/plans/{planId}/reviews",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> schedule(@PathVariable String council, @PathVariable String planId,
                                    @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                    @RequestBody NewReview body, ClientIdentity client) {
        return StoredResponses.of(reviews.schedule(client, council, planId, idempotencyKey, body));
    }

    @GetMapping("/api/v1/councils/{council}/reviews/{reviewId}")
    Review review(@PathVariable String council, @PathVariable String reviewId, ClientIdentity client) {
        return reviews.find(client, council, reviewId);
    }

    @PostMapping(path = "/api/v1/councils/{council}/reviews/{reviewId}/steps",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> step(@PathVariable String council, @PathVariable String reviewId,
                                @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                @RequestBody NewStep body, ClientIdentity client) {
        return StoredResponses.of(reviews.step(client, council, reviewId, idempotencyKey, body));
    }

    @PostMapping(path = "/api/v1/councils/{council}/reviews/{reviewId}/advice-requests",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> requestAdvice(@PathVariable String council, @PathVariable String reviewId,
                                         @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                         @RequestBody NewReviewAdviceRequest body, ClientIdentity client) {
        return StoredResponses.of(advice.request(client, council, reviewId, idempotencyKey, body));
    }

    /** The review advice requests addressed to the caller's authority and not yet answered. */
    @GetMapping("/api/v1/review-advice-requests")
    List<ReviewAdviceRequest> addressedToMe(ClientIdentity client) {
        return advice.addressedTo(client);
    }

    @GetMapping("/api/v1/review-advice-requests/{requestId}")
    ReviewAdviceRequest adviceRequest(@PathVariable String requestId, ClientIdentity client) {
        return advice.find(client, requestId);
    }

    @PostMapping(path = "/api/v1/review-advice-requests/{requestId}/answer",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> answer(@PathVariable String requestId,
                                  @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                  @RequestBody ReviewAdviceAnswer body, ClientIdentity client) {
        return StoredResponses.of(advice.answer(client, requestId, idempotencyKey, body));
    }
}
