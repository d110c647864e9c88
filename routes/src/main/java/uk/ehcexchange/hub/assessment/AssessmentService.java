package uk.ehcexchange.hub.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.ehcexchange.hub.assessment.AssessmentSteps.AppliedException;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Decision;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Draft;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Export;
import uk.ehcexchange.hub.assessment.AssessmentSteps.FinalPlan;
import uk.ehcexchange.hub.assessment.AssessmentSteps.NoPlan;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Representations;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Request;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.journey.CaseClock;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.journey.CaseStatus;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.ClockStatus;
import uk.ehcexchange.hub.journey.JourneyCase;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.JourneyLog;
import uk.ehcexchange.hub.journey.JourneyReader;
import uk.ehcexchange.hub.journey.JourneyRepository;
import uk.ehcexchange.hub.journey.JourneyView;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.validation.CanonicalValidator;
import uk.ehcexchange.model.validation.Violation;
import uk.ehcexchange.statutory.AssessmentClock;
import uk.ehcexchange.statutory.ClockException;
import uk.ehcexchange.statutory.OutsideCalendarException;
import uk.ehcexchange.statutory.StatutoryDate;
import uk.ehcexchange.statutory.StatutoryDuty;

/**
 * EHC needs assessments through the hub, as a council's system records them: the request (which opens the case
 * and its 6- and 20-week clocks), the decision whether to assess, then either the decision not to issue a plan or
 * a draft plan with the family's representation period, and the final plan. Each step is dated by the council
 * (the day it happened, never in the future) and moves the clocks; whether a deadline was met is worked out by
 * the journey log from those dates. Exceptions the regulations allow are recorded beside a clock, which keeps its
 * statutory due date.
 *
 * <p>Every step is one transaction with its Idempotency-Key, so a resend changes nothing and a refused step
 * leaves nothing behind.
 */
@Service
public class AssessmentService {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentService.class);

    static final String REQUESTED = "ASSESSMENT_REQUESTED";
    static final String DECIDED_TO_ASSESS = "DECIDED_TO_ASSESS";
    static final String DECIDED_NOT_TO_ASSESS = "DECIDED_NOT_TO_ASSESS";
    static final String WITHDRAWN = "REQUEST_WITHDRAWN";
    static final String DECIDED_NOT_TO_ISSUE = "DECIDED_NOT_TO_ISSUE";
    static final String DRAFT_SERVED = "DRAFT_PLAN_SERVED";
    static final String REPRESENTATIONS = "REPRESENTATIONS_RECEIVED";
    static final String FINAL_PLAN_ISSUED = "FINAL_PLAN_ISSUED";
    static final String EXCEPTION_RECORDED = "CLOCK_EXCEPTION_RECORDED";
    static final String EXPORTED = "EXPORTED";
    /** The states of an assessment still in progress, the only ones that move with the family as an assessment. */
    private static final Set<CaseStatus> IN_PROGRESS = EnumSet.of(CaseStatus.REQUESTED,
            CaseStatus.ASSESSING, CaseStatus.DRAFT_SERVED);

    /** SEN2 item 2.2 RequestSource. */
    private static final Map<Integer, String> REQUEST_SOURCES = Map.of(1, "young person or parent",
            2, "school or other education setting", 3, "health care professionals", 4, "social care professionals",
            5, "other");
    private static final int MAX_REASON = 2000;

    private final JourneyCases cases;
    private final JourneyLog journey;
    private final JourneyRepository journeys;
    private final JourneyReader reader;
    private final AssessmentRequestRepository requests;
    private final PlanRepository plans;
    private final AuthorityDirectory directory;
    private final IdempotentRequests idempotent;
    private final AuditRecorder audit;
    private final AssessmentClock deadlines;
    private final ObjectMapper json;
    private final Clock clock;
    private final HubCredentials credentials;
    private final AssessmentHandOver handOver;

    public AssessmentService(JourneyCases cases, JourneyLog journey, JourneyRepository journeys, JourneyReader reader,
                             AssessmentRequestRepository requests, PlanRepository plans, AuthorityDirectory directory,
                             IdempotentRequests idempotent, AuditRecorder audit, AssessmentClock deadlines,
                             ObjectMapper json, Clock clock, HubCredentials credentials, AssessmentHandOver handOver) {
        this.credentials = credentials;
        this.handOver = handOver;
        this.cases = cases;
        this.journey = journey;
        this.journeys = journeys;
        this.reader = reader;
        this.requests = requests;
        this.plans = plans;
        this.directory = directory;
        this.idempotent = idempotent;
        this.audit = audit;
        this.deadlines = deadlines;
        this.json = json;
        this.clock = clock;
    }

    /** Records a request for an assessment: opens the case and the 6-week (reg 5) and 20-week (reg 13(2)) clocks. */
    public JourneyView request(ClientIdentity client, String council, String idempotencyKey, Request body) {
        requireCouncil(council);
        JourneyReader.requireActingFor(client, council, "council");
        List<Violation> violations = new ArrayList<>();
        LocalDate received = pastDate(body.receivedOn(), "receivedOn", violations);
        if (body.requestSource() == null) {
            violations.add(new Violation("requestSource", "required", "is required"));
        } else if (!REQUEST_SOURCES.containsKey(body.requestSource())) {
            violations.add(new Violation("requestSource", "sen2-request-source",
                    "must be a SEN2 RequestSource code: 1 young person or parent, 2 school or other education setting,"
                            + " 3 health care professionals, 4 social care professionals, 5 other"));
        }
        if (body.child() == null) {
            violations.add(new Violation("child", "required", "is required"));
        } else {
            violations.addAll(CanonicalValidator.validate(body.child(), clock));
        }
        StatutoryDate decide = received == null ? null
                : deadline(() -> deadlines.decideWhetherToAssessBy(received), "receivedOn", violations);
        StatutoryDate finalPlan = received == null ? null
                : deadline(() -> deadlines.finalPlanBy(received), "receivedOn", violations);
        requireNone(violations);
        StoredResponse stored = idempotent.execute(client, idempotencyKey,
                "POST assessment-request " + council + "\n" + JsonDocuments.write(json, body), () -> {
                    JourneyCase opened = cases.open(council, body.child(), received, CaseStatus.REQUESTED);
                    requests.insert(opened.caseId(), received, body.requestSource());
                    journey.record(opened.caseId(), REQUESTED, received, client.clientId(), null,
                            "SEN2 RequestSource " + body.requestSource() + " ("
                                    + REQUEST_SOURCES.get(body.requestSource()) + ")", null);
                    journey.openClock(opened.caseId(), ClockKind.DECIDE_WHETHER_TO_ASSESS, null, decide, received,
                            WaitingOn.council(council));
                    journey.openClock(opened.caseId(), ClockKind.FINAL_PLAN, null, finalPlan, received,
                            WaitingOn.council(council));
                    return StoredResponse.created(JsonDocuments.write(json, reader.view(opened.caseId())));
                });
        JourneyView view = JsonDocuments.read(json, stored.body(), JourneyView.class);
        audit.accepted(client, "assessment.request", view.caseId());
        LOG.info("Assessment request recorded: case {} at council {}, SEN2 RequestSource {}", view.caseId(), council,
                body.requestSource());
        return view;
    }

    /**
     * The decision whether to assess (SEN2 RequestOutcome): Y starts the assessment and the 16-week clock for a
     * decision not to issue (reg 10); N ends the case, so no final plan is due; W (withdrawn) ends both clocks.
     */
    public JourneyView decide(ClientIdentity client, String council, String caseId, String idempotencyKey,
                              Decision body) {
        List<Violation> violations = new ArrayList<>();
        if (body.outcome() == null) {
            violations.add(new Violation("outcome", "required", "is required: Y, N or W"));
        }
        LocalDate decidedOn = pastDate(body.decidedOn(), "decidedOn", violations);
        requireNone(violations);
        return step(client, council, caseId, idempotencyKey, "assessment-decision", body, c -> {
            requireStatus(c, CaseStatus.REQUESTED, "a decision whether to assess is made once, on a request");
            requireNotBefore(decidedOn, "decidedOn", c.openedOn(), "the request was received");
            switch (body.outcome()) {
                case Y -> {
                    StatutoryDate noPlanBy = deadline(() -> deadlines.decideNotToIssueBy(c.openedOn()), "decidedOn");
                    JourneyEvent decided = record(client, c, DECIDED_TO_ASSESS, decidedOn, "SEN2 RequestOutcome Y");
                    journey.closeClock(c.caseId(), ClockKind.DECIDE_WHETHER_TO_ASSESS, null, decided);
                    journey.openClock(c.caseId(), ClockKind.DECIDE_NOT_TO_ISSUE, null, noPlanBy, c.openedOn(),
                            WaitingOn.council(council));
                    cases.move(c.caseId(), CaseStatus.ASSESSING, null);
                }
                case N -> {
                    JourneyEvent decided = record(client, c, DECIDED_NOT_TO_ASSESS, decidedOn,
                            "SEN2 RequestOutcome N");
                    journey.closeClock(c.caseId(), ClockKind.DECIDE_WHETHER_TO_ASSESS, null, decided);
                    journey.notNeeded(c.caseId(), ClockKind.FINAL_PLAN, null, decided);
                    cases.move(c.caseId(), CaseStatus.NOT_ASSESSED, null);
                }
                case W -> {
                    JourneyEvent withdrawn = record(client, c, WITHDRAWN, decidedOn, "SEN2 RequestOutcome W");
                    journey.notNeeded(c.caseId(), ClockKind.DECIDE_WHETHER_TO_ASSESS, null, withdrawn);
                    journey.notNeeded(c.caseId(), ClockKind.FINAL_PLAN, null, withdrawn);
                    cases.move(c.caseId(), CaseStatus.WITHDRAWN, null);
                }
                default -> throw new IllegalStateException("unhandled outcome " + body.outcome());
            }
        });
    }

    /** After the assessment, the decision not to issue a plan (reg 10): no final plan is then due. */
    public JourneyView noPlan(ClientIdentity client, String council, String caseId, String idempotencyKey,
                              NoPlan body) {
        LocalDate notifiedOn = requirePastDate(body.notifiedOn(), "notifiedOn");
        return step(client, council, caseId, idempotencyKey, "decision-not-to-issue", body, c -> {
            requireStatus(c, CaseStatus.ASSESSING, "a decision not to issue follows a decision to assess");
            requireNotBefore(notifiedOn, "notifiedOn", dateOf(c, DECIDED_TO_ASSESS), "the decision to assess");
            JourneyEvent decided = record(client, c, DECIDED_NOT_TO_ISSUE, notifiedOn, "SEN2 AssessmentOutcome N");
            journey.closeClock(c.caseId(), ClockKind.DECIDE_NOT_TO_ISSUE, null, decided);
            journey.notNeeded(c.caseId(), ClockKind.FINAL_PLAN, null, decided);
            cases.move(c.caseId(), CaseStatus.NOT_ISSUED, null);
        });
    }

    /**
     * A draft plan served on the family: the council has decided to issue, so the reg 10 clock is no longer needed,
     * and the family's representation period (at least 15 days, reg 13(1)) starts, waiting on them.
     */
    public JourneyView draft(ClientIdentity client, String council, String caseId, String idempotencyKey, Draft body) {
        LocalDate servedOn = requirePastDate(body.servedOn(), "servedOn");
        StatutoryDate until = deadline(() -> deadlines.draftRepresentationsUntil(servedOn), "servedOn");
        return step(client, council, caseId, idempotencyKey, "draft-plan", body, c -> {
            requireStatus(c, CaseStatus.ASSESSING, "a draft plan follows a decision to assess");
            requireNotBefore(servedOn, "servedOn", dateOf(c, DECIDED_TO_ASSESS), "the decision to assess");
            JourneyEvent served = record(client, c, DRAFT_SERVED, servedOn, null);
            journey.notNeeded(c.caseId(), ClockKind.DECIDE_NOT_TO_ISSUE, null, served);
            journey.openClock(c.caseId(), ClockKind.DRAFT_REPRESENTATIONS, null, until, servedOn, WaitingOn.family());
            cases.move(c.caseId(), CaseStatus.DRAFT_SERVED, null);
        });
    }

    /** The family's representations on the draft, as the council received them: the clock waiting on them stops. */
    public JourneyView representations(ClientIdentity client, String council, String caseId, String idempotencyKey,
                                       Representations body) {
        LocalDate receivedOn = requirePastDate(body.receivedOn(), "receivedOn");
        return step(client, council, caseId, idempotencyKey, "representations", body, c -> {
            requireStatus(c, CaseStatus.DRAFT_SERVED, "representations are made on a draft plan");
            requireNotBefore(receivedOn, "receivedOn", dateOf(c, DRAFT_SERVED), "the draft was served");
            JourneyEvent received = record(client, c, REPRESENTATIONS, receivedOn, null);
            journey.closeClock(c.caseId(), ClockKind.DRAFT_REPRESENTATIONS, null, received);
        });
    }

    /**
     * The final plan issued (reg 13(2)): links the plan the council holds on the hub and stops the 20-week clock.
     * Not before the family's representation period has run, unless they have made their representations.
     */
    public JourneyView finalPlan(ClientIdentity client, String council, String caseId, String idempotencyKey,
                                 FinalPlan body) {
        List<Violation> violations = new ArrayList<>();
        LocalDate issuedOn = pastDate(body.issuedOn(), "issuedOn", violations);
        if (body.planId() == null || body.planId().isBlank()) {
            violations.add(new Violation("planId", "required", "is required"));
        }
        requireNone(violations);
        return step(client, council, caseId, idempotencyKey, "final-plan", body, c -> {
            requireStatus(c, CaseStatus.DRAFT_SERVED, "a final plan follows a draft plan");
            requireNotBefore(issuedOn, "issuedOn", dateOf(c, DRAFT_SERVED), "the draft was served");
            Optional<PlanRepository.StoredPlan> plan = plans.find(body.planId())
                    .filter(p -> p.owningCouncil().equals(council));
            if (plan.isEmpty()) {
                throw invalid("planId", "known-plan", "there is no plan " + body.planId()
                        + " that this council maintains on the hub; submit it first (PUT /api/v1/plans/{planId})");
            }
            if (!PlanStatus.FINAL.name().equals(plan.get().status())) {
                throw invalid("planId", "final-plan", "plan " + body.planId() + " is " + plan.get().status()
                        + "; the plan issued must be FINAL");
            }
            journeys.findByPlan(council, body.planId()).filter(other -> !other.caseId().equals(c.caseId()))
                    .ifPresent(other -> {
                        throw RejectedException.of(Rejection.CONFLICT, "planId", "plan-of-one-case",
                                "plan " + body.planId() + " already belongs to another case", caseId);
                    });
            CaseClock representations = journeys.findClock(c.caseId(), ClockKind.DRAFT_REPRESENTATIONS, "")
                    .orElseThrow();
            if (representations.status() == ClockStatus.OPEN && !issuedOn.isAfter(representations.dueOn())) {
                throw invalid("issuedOn", "after-representation-period", "the family may make representations on"
                        + " the draft until " + representations.dueOn() + " (reg 13(1)) and none are recorded;"
                        + " the final plan may be issued from the day after");
            }
            JourneyEvent issued = journey.record(c.caseId(), FINAL_PLAN_ISSUED, issuedOn, client.clientId(), null,
                    "SEN2 AssessmentOutcome Y", body.planId());
            journey.closeClock(c.caseId(), ClockKind.FINAL_PLAN, null, issued);
            journey.notNeeded(c.caseId(), ClockKind.DRAFT_REPRESENTATIONS, null, issued);
            cases.move(c.caseId(), CaseStatus.PLAN_MAINTAINED, body.planId());
        });
    }

    /**
     * An exception the regulations allow, recorded against one clock with the council's reason. The clock keeps
     * its due date; the reason is shown with it and never logged.
     */
    public JourneyView recordException(ClientIdentity client, String council, String caseId, String idempotencyKey,
                                       AppliedException body) {
        List<Violation> violations = new ArrayList<>();
        ClockKind kind = named(ClockKind.class, body.clock(), "clock", "known-clock-kind", violations);
        ClockException exception = named(ClockException.class, body.exception(), "exception", "known-exception",
                violations);
        if (kind != null && exception != null && !exception.appliesTo(kind.name())) {
            violations.add(new Violation("exception", "exception-applies-to-clock", exception
                    + " is not an exception the regulations allow for " + kind + "; it applies to "
                    + exception.duties()));
        }
        if (body.reason() == null || body.reason().isBlank()) {
            violations.add(new Violation("reason", "required", "is required: say why the exception applies"));
        } else if (body.reason().length() > MAX_REASON) {
            violations.add(new Violation("reason", "max-length", "must be at most " + MAX_REASON + " characters"));
        }
        requireNone(violations);
        return step(client, council, caseId, idempotencyKey, "clock-exception", body, c -> {
            String ref = body.ref() == null ? "" : body.ref();
            CaseClock target = journeys.findClock(c.caseId(), kind, ref).orElseThrow(() -> invalid("clock",
                    "clock-of-case", "case " + caseId + " has no " + kind + " clock"
                            + (ref.isEmpty() ? "" : " with ref " + ref)));
            if (target.status() == ClockStatus.NOT_NEEDED) {
                throw RejectedException.of(Rejection.CONFLICT, "clock", "clock-needed",
                        "the " + kind + " clock of case " + caseId + " is no longer needed", caseId);
            }
            journey.recordException(c.caseId(), kind, body.ref(), exception, body.reason());
            journey.record(c.caseId(), EXCEPTION_RECORDED, LocalDate.now(clock), client.clientId(), null,
                    kind + ": " + exception + " (" + exception.source(
                            StatutoryDuty.named(kind.name())) + ")", body.ref());
        });
    }

    /**
     * The child moved to another council before the assessment finished: the case is EXPORTED with the new
     * council's code (SEN2 Exported) and its open clocks are no longer this council's duty. In the same transaction
     * the hand-over is put in the transfer ledger and the outbox: a signed package of kind ASSESSMENT carrying the
     * request and the advice gathered so far goes to the new council's inbox, and the EXPORTED event's ref names
     * that transfer (GET /api/v1/transfers/{transferId} shows its status; the case's journey shows its receipts).
     * The new council opens its own case from it, with its 6-, 16- and 20-week clocks from the day it became
     * responsible.
     */
    public JourneyView export(ClientIdentity client, String council, String caseId, String idempotencyKey,
                              Export body) {
        List<Violation> violations = new ArrayList<>();
        LocalDate movedOn = pastDate(body.movedOn(), "movedOn", violations);
        if (body.toCouncil() == null) {
            violations.add(new Violation("toCouncil", "required", "is required"));
        } else if (!directory.isCouncil(body.toCouncil())) {
            violations.add(new Violation("toCouncil", "known-la-code", "must be an English LA code"));
        } else if (body.toCouncil().equals(council)) {
            violations.add(new Violation("toCouncil", "different-council", "the child moves to another council"));
        } else if (!credentials.canEncryptFor(body.toCouncil())) {
            violations.add(new Violation("toCouncil", "reachable-council",
                    "this hub holds no encryption certificate for " + body.toCouncil()
                            + ", so the assessment cannot be handed over to it"));
        }
        requireNone(violations);
        return step(client, council, caseId, idempotencyKey, "export", body, c -> {
            if (!IN_PROGRESS.contains(c.status())) {
                throw RejectedException.of(Rejection.CONFLICT, "caseId", "assessment-in-progress",
                        "case " + caseId + " is " + c.status() + "; only an assessment in progress moves this way"
                                + " (a plan moves by transfer, POST /api/v1/transfers)", caseId);
            }
            requireNotBefore(movedOn, "movedOn", c.openedOn(), "the request was received");
            String transferId = handOver.start(c, requests.find(c.caseId()).orElseThrow().requestSource(),
                    journeys.events(c.caseId()), body.toCouncil(), movedOn);
            JourneyEvent exported = journey.record(c.caseId(), EXPORTED, movedOn, client.clientId(),
                    body.toCouncil(), "SEN2 Exported " + body.toCouncil(), transferId);
            journeys.clocks(c.caseId()).stream().filter(clock -> clock.status() == ClockStatus.OPEN)
                    .forEach(clock -> journey.notNeeded(c.caseId(), clock.kind(), clock.ref(), exported));
            requests.exported(c.caseId(), body.toCouncil());
            cases.move(c.caseId(), CaseStatus.EXPORTED, null);
        });
    }

    /** One step on an existing case: the council's own case, locked, in one transaction with its key. */
    private JourneyView step(ClientIdentity client, String council, String caseId, String idempotencyKey,
                             String action, Object body, Consumer<JourneyCase> work) {
        JourneyReader.requireActingFor(client, council, "council");
        StoredResponse stored = idempotent.execute(client, idempotencyKey,
                "POST " + action + " " + council + " " + caseId + "\n" + JsonDocuments.write(json, body), () -> {
                    JourneyCase locked = cases.lock(council, caseId)
                            .orElseThrow(() -> JourneyReader.unknownCase(caseId));
                    work.accept(locked);
                    return StoredResponse.replaced(JsonDocuments.write(json, reader.view(caseId)));
                });
        JourneyView view = JsonDocuments.read(json, stored.body(), JourneyView.class);
        audit.accepted(client, "assessment." + action, caseId);
        LOG.info("Assessment step {} recorded on case {} at council {}; case now {}", action, caseId, council,
                view.status());
        return view;
    }

    private JourneyEvent record(ClientIdentity client, JourneyCase c, String kind, LocalDate on, String detail) {
        return journey.record(c.caseId(), kind, on, client.clientId(), null, detail, null);
    }

    /** The day of the case's first event of that kind; the case's status guarantees there is one. */
    private LocalDate dateOf(JourneyCase c, String kind) {
        return journeys.events(c.caseId()).stream().filter(e -> e.kind().equals(kind)).findFirst()
                .map(JourneyEvent::occurredOn).orElse(c.openedOn());
    }

    private static void requireStatus(JourneyCase c, CaseStatus expected, String why) {
        if (c.status() != expected) {
            throw RejectedException.of(Rejection.CONFLICT, "caseId", "case-status",
                    "case " + c.caseId() + " is " + c.status() + ", not " + expected + ": " + why, c.caseId());
        }
    }

    private static void requireNotBefore(LocalDate date, String field, LocalDate earliest, String what) {
        if (date.isBefore(earliest)) {
            throw invalid(field, "not-before-previous-step", "cannot be before " + earliest + ", when " + what);
        }
    }

    private LocalDate requirePastDate(LocalDate date, String field) {
        List<Violation> violations = new ArrayList<>();
        LocalDate checked = pastDate(date, field, violations);
        requireNone(violations);
        return checked;
    }

    /** A required date that is not after today (the day the hub is told is the latest a thing can have happened). */
    private LocalDate pastDate(LocalDate date, String field, List<Violation> violations) {
        if (date == null) {
            violations.add(new Violation(field, "required", "is required"));
            return null;
        }
        if (date.isAfter(LocalDate.now(clock))) {
            violations.add(new Violation(field, "not-in-future", "cannot be after today"));
            return null;
        }
        return date;
    }

    private static StatutoryDate deadline(Supplier<StatutoryDate> computation, String field,
                                          List<Violation> violations) {
        try {
            return computation.get();
        } catch (OutsideCalendarException e) {
            violations.add(new Violation(field, "within-calendar",
                    "the deadline falls outside the bank holiday calendar the hub ships"));
            return null;
        }
    }

    private static StatutoryDate deadline(Supplier<StatutoryDate> computation, String field) {
        List<Violation> violations = new ArrayList<>();
        StatutoryDate date = deadline(computation, field, violations);
        requireNone(violations);
        return date;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String field, String rule,
                                               List<Violation> violations) {
        if (name == null) {
            violations.add(new Violation(field, "required", "is required"));
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        violations.add(new Violation(field, rule, "must be one of " + Arrays.toString(
                type.getEnumConstants())));
        return null;
    }

    private void requireCouncil(String council) {
        if (!directory.isCouncil(council)) {
            throw RejectedException.of(Rejection.NOT_FOUND, "council", "known-council",
                    "there is no council " + council + " in the directory", council);
        }
    }

    private static void requireNone(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, null);
        }
    }

    private static RejectedException invalid(String field, String rule, String detail) {
        return RejectedException.invalid(List.of(new Violation(field, rule, detail)), null);
    }
}
