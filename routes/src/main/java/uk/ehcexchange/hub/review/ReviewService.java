package uk.ehcexchange.hub.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.validation.Violation;
import uk.ehcexchange.statutory.PhaseTransferClock;
import uk.ehcexchange.statutory.ReviewClock;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * Annual reviews of final plans (Children and Families Act 2014 s44; SEND Regulations 2014 regs 18-22): the council
 * schedules the meeting, records the meeting, the report, its decision, the proposed amendments, the family's
 * representations and the amended final plan. Each step is an event on the child's journey and opens or closes
 * its clocks; whether a deadline was met follows from the dates of those events, never from a caller's say-so.
 * The dates are the council's acts as it records them, never after today.
 */
@Service
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);
    /** Reg 18 first applied to transfers in 2015 (reg 18(3)). */
    private static final int FIRST_TRANSFER_YEAR = 2015;

    private final ReviewRepository repository;
    private final PlanService plans;
    private final ReviewDueDates dues;
    private final ReviewJourney journey;
    private final IdempotentRequests idempotent;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final ReviewClock reviewClock;
    private final PhaseTransferClock phaseTransferClock;

    public ReviewService(ReviewRepository repository, PlanService plans, ReviewDueDates dues, ReviewJourney journey,
                         IdempotentRequests idempotent, AuditRecorder audit, ObjectMapper json, Clock clock,
                         ReviewClock reviewClock, PhaseTransferClock phaseTransferClock) {
        this.reviewClock = reviewClock;
        this.phaseTransferClock = phaseTransferClock;
        this.repository = repository;
        this.plans = plans;
        this.dues = dues;
        this.journey = journey;
        this.idempotent = idempotent;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The plan's reviews here, oldest first, and when the next is due. Reads only: opens no case. */
    public PlanReviews reviews(ClientIdentity client, String council, String planId) {
        Reviews.requireActingFor(client, council);
        EhcPlan plan = finalPlan(client, planId);
        List<Review> reviews = repository.forPlan(council, planId).stream().map(this::withParts).toList();
        return new PlanReviews(planId, council, dues.next(council, planId, plan.dates(), reviews), reviews);
    }

    public Review find(ClientIdentity client, String council, String reviewId) {
        Reviews.requireActingFor(client, council);
        return withParts(ownReview(council, reviewId));
    }

    /**
     * Schedules a review meeting: the review's due date is worked out (s44, or reg 15(5) for a plan transferred in),
     * the meeting notice is checked against reg 20(3)'s two weeks, and a phase-transfer review gets reg 18's date.
     * A plan has one review at a time: the last must be decided before the next is scheduled.
     */
    public StoredResponse schedule(ClientIdentity client, String council, String planId, String idempotencyKey,
                                   NewReview body) {
        Reviews.requireActingFor(client, council);
        EhcPlan plan = finalPlan(client, planId);
        LocalDate today = LocalDate.now(clock);
        LocalDate invitedOn = body.invitedOn() == null ? today : body.invitedOn();
        ReviewKind kind = body.kind() == null ? ReviewKind.ANNUAL : body.kind();
        checkSchedule(body, kind, invitedOn, today);
        StoredResponse stored = idempotent.execute(client, idempotencyKey,
                "POST review " + council + " " + planId + "\n" + JsonDocuments.write(json, body), () -> {
                    List<Review> reviews = repository.forPlan(council, planId);
                    requireNoOpenReview(reviews, planId);
                    Review.Due due = dues.next(council, planId, plan.dates(), reviews);
                    if (due == null) {
                        throw RejectedException.of(Rejection.CONFLICT, "planId", "plan-not-ceased",
                                "the last review of plan " + planId + " decided to cease it", planId);
                    }
                    String caseId = journey.caseFor(council, planId);
                    int cycle = reviews.size() + 1;
                    Review review = new Review(UUID.randomUUID().toString(), council, planId, caseId, cycle, kind,
                            body.phaseTransfer(), body.transferYear(), body.proposedTransferOn(), due,
                            phaseTransferDue(kind, body), invitedOn, body.meetingOn(), null, null, null, null, null,
                            null, null, null, null, null, "SCHEDULED", null, null, null);
                    try {
                        repository.insert(review, clock.instant());
                    } catch (DuplicateKeyException raced) {
                        throw RejectedException.of(Rejection.CONFLICT, "planId", "one-open-review",
                                "another review of plan " + planId + " was scheduled at the same time", planId);
                    }
                    recordScheduled(client, review, plan);
                    return StoredResponse.created(JsonDocuments.write(json, withParts(review.reviewId())));
                });
        audit.accepted(client, "review.schedule", planId);
        log.info("Review scheduled for a plan of {} ({})", council, kind);
        return stored;
    }

    /** Records one step of a review, once, in the order the regulations put them. */
    public StoredResponse step(ClientIdentity client, String council, String reviewId, String idempotencyKey,
                               NewStep body) {
        Reviews.requireActingFor(client, council);
        ownReview(council, reviewId);
        checkStep(body, LocalDate.now(clock), reviewId);
        StoredResponse stored = idempotent.execute(client, idempotencyKey,
                "POST review step " + council + " " + reviewId + "\n" + JsonDocuments.write(json, body), () -> {
                    Review review = ownReview(council, reviewId);
                    new ReviewSteps(repository, journey, plans, reviewClock, clock, client)
                            .record(review, body);
                    return StoredResponse.replaced(JsonDocuments.write(json, withParts(reviewId)));
                });
        audit.accepted(client, "review.step." + body.step().name().toLowerCase().replace('_', '-'), reviewId);
        log.info("Review {} of {}: {}", reviewId, council, body.step());
        return stored;
    }

    private void recordScheduled(ClientIdentity client, Review review, EhcPlan plan) {
        String caseId = review.caseId();
        JourneyEvent scheduled = journey.event(caseId, "REVIEW_SCHEDULED", review.invitedOn(), client, null,
                "review " + review.cycle() + " (" + review.kind() + ") meeting on " + review.meetingOn(),
                review.reviewId());
        LocalDate cycleStart = review.cycle() == 1 ? firstCycleStart(plan) : null;
        journey.open(caseId, ClockKind.ANNUAL_REVIEW, Reviews.cycleRef(review.cycle()), statutory(review.due()),
                cycleStart == null ? review.invitedOn() : cycleStart, WaitingOn.Role.COUNCIL, review.council());
        journey.open(caseId, ClockKind.REVIEW_MEETING_NOTICE, review.reviewId(),
                reviewClock.meetingNoticeBy(review.meetingOn()), review.invitedOn(), WaitingOn.Role.COUNCIL,
                review.council());
        journey.close(caseId, ClockKind.REVIEW_MEETING_NOTICE, review.reviewId(), scheduled);
        if (review.phaseTransferDue() != null) {
            journey.open(caseId, ClockKind.PHASE_TRANSFER, review.reviewId(), statutory(review.phaseTransferDue()),
                    review.invitedOn(), WaitingOn.Role.COUNCIL, review.council());
        }
    }

    /** The first cycle runs from the plan's last review before the hub, or from when it was made. */
    private static LocalDate firstCycleStart(EhcPlan plan) {
        if (plan.dates() == null) {
            return null;
        }
        return plan.dates().lastReviewed() != null ? plan.dates().lastReviewed() : plan.dates().issued();
    }

    private Review.Due phaseTransferDue(ReviewKind kind, NewReview body) {
        if (kind != ReviewKind.PHASE_TRANSFER) {
            return null;
        }
        StatutoryDate date = body.proposedTransferOn() != null
                ? phaseTransferClock.post16AmendedPlanBy(body.proposedTransferOn())
                : phaseTransferClock.amendedPlanBy(body.phaseTransfer(), body.transferYear());
        return new Review.Due(date.date(), date.rule(), date.source());
    }

    static StatutoryDate statutory(Review.Due due) {
        return new StatutoryDate(due.dueOn(), due.rule(), due.source());
    }

    private void checkSchedule(NewReview body, ReviewKind kind, LocalDate invitedOn, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (body.meetingOn() == null) {
            violations.add(new Violation("meetingOn", "required", "is required"));
        } else if (body.meetingOn().isBefore(invitedOn)) {
            violations.add(new Violation("meetingOn", "not-before-invitations",
                    "the meeting cannot be before the invitations went out (" + invitedOn + ")"));
        }
        if (invitedOn.isAfter(today)) {
            violations.add(new Violation("invitedOn", "not-in-future", "cannot be after today"));
        }
        if (kind == ReviewKind.ANNUAL) {
            Stream.of(body.phaseTransfer() != null ? "phaseTransfer" : null,
                            body.transferYear() != null ? "transferYear" : null,
                            body.proposedTransferOn() != null ? "proposedTransferOn" : null)
                    .filter(field -> field != null)
                    .forEach(field -> violations.add(new Violation(field, "only-for-phase-transfer",
                            "is given only for a review of kind PHASE_TRANSFER")));
        } else if (body.proposedTransferOn() != null) {
            if (body.phaseTransfer() != null || body.transferYear() != null) {
                violations.add(new Violation("proposedTransferOn", "one-kind-of-transfer",
                        "a post-16 transfer at another time (reg 18(2)) has a proposed date and no phaseTransfer or"
                                + " transferYear"));
            }
        } else {
            if (body.phaseTransfer() == null) {
                violations.add(new Violation("phaseTransfer", "required-for-phase-transfer",
                        "is required for a PHASE_TRANSFER review (or proposedTransferOn for reg 18(2))"));
            }
            if (body.transferYear() == null) {
                violations.add(new Violation("transferYear", "required-for-phase-transfer",
                        "is required with phaseTransfer: the calendar year of the transfer (reg 18(1))"));
            } else if (body.transferYear() < FIRST_TRANSFER_YEAR || body.transferYear() > today.getYear() + 3) {
                violations.add(new Violation("transferYear", "calendar-year",
                        "must be a calendar year from " + FIRST_TRANSFER_YEAR + " (the regulations' first) to three"
                                + " years from now"));
            }
        }
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, null);
        }
    }

    private static void checkStep(NewStep body, LocalDate today, String reviewId) {
        List<Violation> violations = new ArrayList<>();
        if (body.step() == null) {
            violations.add(new Violation("step", "required", "is required"));
        }
        if (body.on() == null) {
            violations.add(new Violation("on", "required", "is required: the day the step happened"));
        } else if (body.on().isAfter(today)) {
            violations.add(new Violation("on", "not-in-future", "cannot be after today"));
        }
        boolean decision = body.step() == ReviewStep.DECISION;
        if (decision && body.outcome() == null) {
            violations.add(new Violation("outcome", "required-for-decision", "MAINTAIN, AMEND or CEASE"));
        }
        if (!decision && body.outcome() != null) {
            violations.add(new Violation("outcome", "only-for-decision", "is given only with step DECISION"));
        }
        boolean ceasing = decision && body.outcome() == ReviewOutcome.CEASE;
        if (ceasing && (body.ceaseReason() == null || body.ceaseReason() < 1 || body.ceaseReason() > 9)) {
            violations.add(new Violation("ceaseReason", "sen2-cease-reason",
                    "a decision to cease needs the SEN2 CeaseReason code, 1 to 9"));
        }
        if (!ceasing && body.ceaseReason() != null) {
            violations.add(new Violation("ceaseReason", "only-when-ceasing",
                    "is given only with a DECISION to CEASE"));
        }
        boolean amendedPlan = body.step() == ReviewStep.AMENDED_FINAL_PLAN;
        if (amendedPlan && body.planVersion() == null) {
            violations.add(new Violation("planVersion", "required-for-amended-plan",
                    "the version of the plan (stored through PUT /api/v1/plans/{planId}) that is the amended plan"));
        }
        if (!amendedPlan && body.planVersion() != null) {
            violations.add(new Violation("planVersion", "only-for-amended-plan",
                    "is given only with step AMENDED_FINAL_PLAN"));
        }
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, reviewId);
        }
    }

    private static void requireNoOpenReview(List<Review> reviews, String planId) {
        reviews.stream().filter(r -> !r.concluded()).findFirst().ifPresent(open -> {
            throw RejectedException.of(Rejection.CONFLICT, "planId", "one-open-review",
                    "review " + open.reviewId() + " of plan " + planId + " is not yet decided; a plan has one"
                            + " review at a time", planId);
        });
    }

    /** The client's own final plan: another council's is the same 404 as none at all. */
    private EhcPlan finalPlan(ClientIdentity client, String planId) {
        PlanRepository.StoredPlan stored = plans.ownPlan(client, planId);
        if (!PlanStatus.FINAL.name().equals(stored.status())) {
            throw RejectedException.of(Rejection.CONFLICT, "planId", "final-plan-only",
                    "plan " + planId + " is " + stored.status() + "; only a final plan is reviewed", planId);
        }
        return JsonDocuments.read(json, stored.document(), EhcPlan.class);
    }

    Review ownReview(String council, String reviewId) {
        return repository.find(reviewId).filter(r -> r.council().equals(council))
                .orElseThrow(() -> RejectedException.of(Rejection.NOT_FOUND, "reviewId", "known-review",
                        "there is no review " + reviewId + " of " + council, reviewId));
    }

    private Review withParts(String reviewId) {
        return withParts(repository.find(reviewId).orElseThrow());
    }

    private Review withParts(Review review) {
        List<ReviewAdviceRequest> advice = repository.adviceFor(review.reviewId());
        List<String> refs = new ArrayList<>(List.of(review.reviewId(), Reviews.cycleRef(review.cycle())));
        advice.forEach(a -> refs.add(a.requestId()));
        return review.withParts(advice, journey.clocks(review.caseId(), refs));
    }
}
