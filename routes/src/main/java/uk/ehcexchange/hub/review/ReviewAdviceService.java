package uk.ehcexchange.hub.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.ClientRole;
import uk.ehcexchange.hub.core.EstablishmentCode;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.AuthorityKind;
import uk.ehcexchange.model.validation.Violation;
import uk.ehcexchange.statutory.ReviewClock;

/**
 * Advice for a review (reg 20(2)-(4) / 21(2)-(4)): the council asks the school or college, health and social care;
 * each answers over the API. The advice must reach the council two weeks before the meeting, so that it can go out
 * with the papers; the clock closes on the day the hub receives the answer — the hub's date, not the party's.
 * A request is visible to the council that asked and to the party asked (a council's social care team: only the
 * social care requests addressed to its council); to anyone else it does not exist.
 */
@Service
public class ReviewAdviceService {

    private static final Logger log = LoggerFactory.getLogger(ReviewAdviceService.class);
    static final int MAX_ADVICE = 20_000;

    private final ReviewRepository repository;
    private final ReviewService reviews;
    private final ReviewJourney journey;
    private final AuthorityDirectory directory;
    private final IdempotentRequests idempotent;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final ReviewClock reviewClock;

    public ReviewAdviceService(ReviewRepository repository, ReviewService reviews, ReviewJourney journey,
                               AuthorityDirectory directory, IdempotentRequests idempotent, AuditRecorder audit,
                               ObjectMapper json, Clock clock, ReviewClock reviewClock) {
        this.reviewClock = reviewClock;
        this.repository = repository;
        this.reviews = reviews;
        this.journey = journey;
        this.directory = directory;
        this.idempotent = idempotent;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public StoredResponse request(ClientIdentity client, String council, String reviewId, String idempotencyKey,
                                  NewReviewAdviceRequest body) {
        Reviews.requireActingFor(client, council);
        Review review = reviews.ownReview(council, reviewId);
        LocalDate requestedOn = body.requestedOn() == null ? LocalDate.now(clock) : body.requestedOn();
        checkRequest(body, requestedOn, review);
        StoredResponse stored = idempotent.execute(client, idempotencyKey,
                "POST review advice " + council + " " + reviewId + "\n" + JsonDocuments.write(json, body), () -> {
                    if (reviews.ownReview(council, reviewId).concluded()) {
                        throw RejectedException.of(Rejection.CONFLICT, "reviewId", "review-open",
                                "review " + reviewId + " is decided; advice is asked before the meeting", reviewId);
                    }
                    String requestId = UUID.randomUUID().toString();
                    var due = reviewClock.reviewAdviceBy(review.meetingOn());
                    repository.insertAdvice(requestId, reviewId, council, body.adviser(), body.party(),
                            body.establishment(), requestedOn, due.date(), clock.instant());
                    String waitedOn = body.establishment() != null ? body.establishment() : body.party();
                    journey.event(review.caseId(), "REVIEW_ADVICE_REQUESTED", requestedOn, client, waitedOn,
                            body.adviser() + " advice requested for the review", requestId);
                    journey.open(review.caseId(), ClockKind.REVIEW_ADVICE, requestId, due, requestedOn,
                            body.adviser().waitingOn(), waitedOn);
                    return StoredResponse.created(JsonDocuments.write(json,
                            repository.findAdvice(requestId).orElseThrow()));
                });
        audit.accepted(client, "review.advice.request", reviewId);
        log.info("Review advice ({}) requested by {} for review {}", body.adviser(), council, reviewId);
        return stored;
    }

    /** The unanswered requests addressed to the caller's authority, the earliest due first. */
    public List<ReviewAdviceRequest> addressedTo(ClientIdentity client) {
        return repository.openFor(client.authorityCode()).stream().filter(r -> visibleTo(client, r)).toList();
    }

    public ReviewAdviceRequest find(ClientIdentity client, String requestId) {
        return repository.findAdvice(requestId).filter(r -> visibleTo(client, r))
                .orElseThrow(() -> RejectedException.of(Rejection.NOT_FOUND, "requestId", "known-request",
                        "there is no review advice request " + requestId + " for this client", requestId));
    }

    /** The party asked answers, once; a resend with the same Idempotency-Key gets the first answer's reply. */
    public StoredResponse answer(ClientIdentity client, String requestId, String idempotencyKey,
                                 ReviewAdviceAnswer body) {
        ReviewAdviceRequest request = find(client, requestId);
        if (!client.authorityCode().equals(request.party())) {
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, "requestId", "adviser-only",
                    "request " + requestId + " was sent to " + request.party() + "; only that party answers it",
                    requestId);
        }
        if (body.advice() == null || body.advice().isBlank()) {
            throw RejectedException.invalid(List.of(new Violation("advice", "required", "is required")), requestId);
        }
        if (body.advice().length() > MAX_ADVICE) {
            throw RejectedException.invalid(List.of(new Violation("advice", "max-length",
                    "must be at most " + MAX_ADVICE + " characters")), requestId);
        }
        StoredResponse stored = idempotent.execute(client, idempotencyKey,
                "POST review advice answer " + requestId + "\n" + JsonDocuments.write(json, body), () -> {
                    LocalDate today = LocalDate.now(clock);
                    if (!repository.answer(requestId, body.advice(), today, clock.instant())) {
                        throw RejectedException.of(Rejection.CONFLICT, "requestId", "request-open",
                                "request " + requestId + " is already answered", requestId);
                    }
                    Review review = repository.find(request.reviewId()).orElseThrow();
                    journey.close(review.caseId(), ClockKind.REVIEW_ADVICE, requestId,
                            journey.event(review.caseId(), "REVIEW_ADVICE_ANSWERED", today, client,
                                    request.waitedOn(), request.adviser() + " advice received", requestId));
                    return StoredResponse.replaced(JsonDocuments.write(json,
                            repository.findAdvice(requestId).orElseThrow().withoutAdvice()));
                });
        audit.accepted(client, "review.advice.answer", requestId);
        log.info("Review advice request {} answered by {}", requestId, client.authorityCode());
        return stored;
    }

    /**
     * The council that asked and the party asked see a request. Of a council's teams and schools (restricted roles),
     * the social care team sees the social care requests to its council, and a school only the school requests
     * naming its own establishment (a request to its council's system, or to another school, does not exist for it).
     */
    private static boolean visibleTo(ClientIdentity client, ReviewAdviceRequest request) {
        if (client.role() == ClientRole.SOCIAL_CARE) {
            return request.adviser() == ReviewAdviser.SOCIAL_CARE && client.authorityCode().equals(request.party());
        }
        if (client.role() == ClientRole.SCHOOL) {
            return request.adviser() == ReviewAdviser.SCHOOL && client.authorityCode().equals(request.party())
                    && client.establishment() != null && client.establishment().equals(request.establishment());
        }
        if (!client.role().unrestricted()) {
            return false;
        }
        return client.authorityCode().equals(request.council()) || client.authorityCode().equals(request.party());
    }

    private void checkRequest(NewReviewAdviceRequest body, LocalDate requestedOn, Review review) {
        List<Violation> violations = new ArrayList<>();
        if (body.adviser() == null) {
            violations.add(new Violation("adviser", "required", "SCHOOL, HEALTH or SOCIAL_CARE"));
        }
        var party = body.party() == null ? null : directory.find(body.party()).orElse(null);
        if (party == null) {
            violations.add(new Violation("party", "known-authority",
                    "must be the code of an authority in the directory (LA code, ODS code)"));
        } else if (body.adviser() != null && !body.adviser().answeredBy(party.kind())) {
            violations.add(new Violation("party", "party-fits-adviser",
                    body.adviser() + " advice is not asked of a " + party.kind()));
        }
        establishmentFits(body, party, violations);
        if (requestedOn.isAfter(LocalDate.now(clock))) {
            violations.add(new Violation("requestedOn", "not-in-future", "cannot be after today"));
        } else if (requestedOn.isAfter(review.meetingOn())) {
            violations.add(new Violation("requestedOn", "before-meeting",
                    "advice is asked before the meeting (" + review.meetingOn() + ")"));
        }
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, review.reviewId());
        }
    }

    /** A school is asked by its council's LA code and its own URN or UKPRN; no other adviser names one. */
    private static void establishmentFits(NewReviewAdviceRequest body, Authority party, List<Violation> violations) {
        if (body.establishment() == null) {
            return;
        }
        if (body.adviser() != ReviewAdviser.SCHOOL) {
            violations.add(new Violation("establishment", "establishment-for-school-advice",
                    "names the school or college asked for SCHOOL advice only"));
        } else if (!EstablishmentCode.isValid(body.establishment())) {
            violations.add(new Violation("establishment", "establishment-format",
                    "must be a URN (6 digits) or a UKPRN (8 digits starting with 1)"));
        } else if (party != null && party.kind() != AuthorityKind.COUNCIL) {
            violations.add(new Violation("party", "school-council",
                    "a school is asked by its council's LA code with its URN or UKPRN as establishment"));
        }
    }
}
