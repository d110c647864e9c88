package uk.ehcexchange.hub.review;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every review a council holds on the hub, in one read, with the SEN2 module 5 items each gives
 * ({@link Review#sen2()}): for the council's SEN2 return, which needs them for a whole caseload at once.
 */
@Component
public class CouncilReviews {

    private final ReviewRepository repository;

    CouncilReviews(ReviewRepository repository) {
        this.repository = repository;
    }

    /** By plan, then cycle (oldest first); advice requests and clocks are not read. */
    public List<Review> of(String council) {
        return repository.forCouncil(council);
    }
}
