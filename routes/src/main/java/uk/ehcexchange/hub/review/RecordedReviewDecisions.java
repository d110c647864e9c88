package uk.ehcexchange.hub.review;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.transfer.ReviewDecisions;

/** The review decisions recorded through the hub's review API, for reg 15(5) on transfer. */
@Component
class RecordedReviewDecisions implements ReviewDecisions {

    private final ReviewRepository repository;

    RecordedReviewDecisions(ReviewRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<LocalDate> lastDecided(String planId, LocalDate onOrBefore) {
        return repository.lastDecided(planId, onOrBefore);
    }
}
