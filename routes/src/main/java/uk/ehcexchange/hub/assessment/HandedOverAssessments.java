package uk.ehcexchange.hub.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.ehcexchange.hub.assessment.AssessmentSteps.OpenFromHandOver;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.inbox.InboundTransferRepository;
import uk.ehcexchange.hub.inbox.InboxService;
import uk.ehcexchange.hub.inbox.StoredPackage;
import uk.ehcexchange.hub.journey.CaseStatus;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.JourneyCase;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.JourneyLog;
import uk.ehcexchange.hub.journey.JourneyReader;
import uk.ehcexchange.hub.journey.JourneyView;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.hub.transfer.AssessmentRequestDocument;
import uk.ehcexchange.model.validation.Violation;
import uk.ehcexchange.statutory.AssessmentClock;
import uk.ehcexchange.statutory.OutsideCalendarException;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * The new council's side of an assessment moving with the family: it opens its own case from the hand-over in its
 * inbox. The child and the request come from the package (the family tells it once); its 6- and 20-week clocks (and
 * the 16-week one once it decides to assess) run from the day it became responsible under CFA 2014 s24 (regs 5(1),
 * 10(1), 13(2): "or becomes responsible for the child or young person"); the advice it keeps is recorded as reused
 * (ADVICE_REUSED), so no ADVICE clock opens for it. Opening the case acknowledges the hand-over, which the old
 * council's ledger and journey then show.
 */
@Service
public class HandedOverAssessments {

    private static final Logger LOG = LoggerFactory.getLogger(HandedOverAssessments.class);

    static final String HANDED_OVER = "ASSESSMENT_HANDED_OVER";
    static final String ADVICE_REUSED = "ADVICE_REUSED";

    private final InboundTransferRepository inbound;
    private final InboxService inbox;
    private final JourneyCases cases;
    private final JourneyLog journey;
    private final JourneyReader reader;
    private final AssessmentRequestRepository requests;
    private final IdempotentRequests idempotent;
    private final AuditRecorder audit;
    private final AssessmentClock deadlines;
    private final ObjectMapper json;
    private final Clock clock;

    public HandedOverAssessments(InboundTransferRepository inbound, InboxService inbox, JourneyCases cases,
                                 JourneyLog journey, JourneyReader reader, AssessmentRequestRepository requests,
                                 IdempotentRequests idempotent, AuditRecorder audit, AssessmentClock deadlines,
                                 ObjectMapper json, Clock clock) {
        this.inbound = inbound;
        this.inbox = inbox;
        this.cases = cases;
        this.journey = journey;
        this.reader = reader;
        this.requests = requests;
        this.idempotent = idempotent;
        this.audit = audit;
        this.deadlines = deadlines;
        this.json = json;
        this.clock = clock;
    }

    public JourneyView openCase(ClientIdentity client, String council, String transferId, String idempotencyKey,
                                OpenFromHandOver body) {
        JourneyReader.requireActingFor(client, council, "council");
        LocalDate receivedOn = checkShape(body);
        StoredResponse stored = idempotent.execute(client, idempotencyKey,
                "POST assessment-case " + council + " " + transferId + "\n" + JsonDocuments.write(json, body), () -> {
                    InboundTransferRepository.InboundTransfer handOver = handOver(council, transferId);
                    StoredPackage pkg = JsonDocuments.read(json, inbound.packageOf(transferId), StoredPackage.class);
                    AssessmentRequestDocument request = pkg.assessment();
                    if (receivedOn.isBefore(pkg.manifest().moveDate())) {
                        throw invalid("receivedOn", "not-before-move", "cannot be before " + pkg.manifest().moveDate()
                                + ", the day the child moved; a council becomes responsible when the child moves in");
                    }
                    List<AssessmentRequestDocument.Advice> reused = reused(body.reuse(), request);
                    StatutoryDate decide = deadline(() -> deadlines.decideWhetherToAssessBy(receivedOn));
                    StatutoryDate finalPlan = deadline(() -> deadlines.finalPlanBy(receivedOn));
                    JourneyCase opened = cases.open(council, request.child(), receivedOn, CaseStatus.REQUESTED);
                    if (!inbound.claimForCase(transferId, opened.caseId())) {
                        throw alreadyOpened(transferId);
                    }
                    requests.insert(opened.caseId(), receivedOn, request.requestSource());
                    journey.record(opened.caseId(), HANDED_OVER, receivedOn, client.clientId(),
                            handOver.senderCouncil(), "handed over by " + handOver.senderCouncil() + " (request received"
                                    + " there on " + request.receivedOn() + ", SEN2 RequestSource "
                                    + request.requestSource() + "); this council responsible from " + receivedOn
                                    + " (CFA 2014 s24)", transferId);
                    for (AssessmentRequestDocument.Advice advice : reused) {
                        journey.record(opened.caseId(), ADVICE_REUSED, receivedOn, client.clientId(), advice.adviser(),
                                advice.adviceType() + " advice given to " + handOver.senderCouncil() + " on "
                                        + advice.receivedOn() + " kept; not asked again (reg 6(4))", advice.part());
                    }
                    journey.openClock(opened.caseId(), ClockKind.DECIDE_WHETHER_TO_ASSESS, null, decide, receivedOn,
                            WaitingOn.council(council));
                    journey.openClock(opened.caseId(), ClockKind.FINAL_PLAN, null, finalPlan, receivedOn,
                            WaitingOn.council(council));
                    return StoredResponse.created(JsonDocuments.write(json, reader.view(opened.caseId())));
                });
        JourneyView view = JsonDocuments.read(json, stored.body(), JourneyView.class);
        inbox.acknowledge(client, council, transferId); // a repeat changes nothing
        audit.accepted(client, "assessment.from-hand-over", view.caseId());
        LOG.info("Assessment case {} opened at council {} from hand-over {}", view.caseId(), council, transferId);
        return view;
    }

    private LocalDate checkShape(OpenFromHandOver body) {
        List<Violation> violations = new ArrayList<>();
        if (body.receivedOn() == null) {
            violations.add(new Violation("receivedOn", "required",
                    "is required: the day this council became responsible for the child"));
        } else if (body.receivedOn().isAfter(LocalDate.now(clock))) {
            violations.add(new Violation("receivedOn", "not-in-future", "cannot be after today"));
        }
        Set<String> seen = new HashSet<>();
        List<String> reuse = body.reuse() == null ? List.of() : body.reuse();
        for (int i = 0; i < reuse.size(); i++) {
            if (reuse.get(i) == null || reuse.get(i).isBlank()) {
                violations.add(new Violation("reuse[" + i + "]", "required", "names an advice part of the package"));
            } else if (!seen.add(reuse.get(i))) {
                violations.add(new Violation("reuse[" + i + "]", "unique", "names a part already listed"));
            }
        }
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, null);
        }
        return body.receivedOn();
    }

    /** The council's own assessment hand-over, not yet opened; 404 for anyone else's, as for any inbox item. */
    private InboundTransferRepository.InboundTransfer handOver(String council, String transferId) {
        InboundTransferRepository.InboundTransfer found = inbound.find(transferId)
                .filter(t -> t.recipientCouncil().equals(council))
                .orElseThrow(() -> RejectedException.of(Rejection.NOT_FOUND, "transferId", "known-transfer",
                        "there is no transfer " + transferId + " in the inbox of " + council, transferId));
        if (!found.isAssessment()) {
            throw RejectedException.of(Rejection.CONFLICT, "transferId", "assessment-hand-over",
                    "transfer " + transferId + " carries a plan, not an assessment in progress", transferId);
        }
        if (found.openedCaseId() != null) {
            throw alreadyOpened(transferId);
        }
        return found;
    }

    /** The advice named in {@code reuse}, each one the package carries as advice; in the order named. */
    private static List<AssessmentRequestDocument.Advice> reused(List<String> reuse,
                                                                 AssessmentRequestDocument request) {
        Map<String, AssessmentRequestDocument.Advice> carried = request.advice().stream()
                .collect(Collectors.toMap(AssessmentRequestDocument.Advice::part, Function.identity()));
        List<String> names = reuse == null ? List.of() : reuse;
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!carried.containsKey(names.get(i))) {
                violations.add(new Violation("reuse[" + i + "]", "carried-advice",
                        "names no advice the hand-over carries; it carries " + carried.keySet().stream().sorted()
                                .toList()));
            }
        }
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, null);
        }
        return names.stream().map(carried::get).toList();
    }

    private static RejectedException alreadyOpened(String transferId) {
        return RejectedException.of(Rejection.CONFLICT, "transferId", "one-case-per-hand-over",
                "a case has already been opened from hand-over " + transferId, transferId);
    }

    private static StatutoryDate deadline(java.util.function.Supplier<StatutoryDate> computation) {
        try {
            return computation.get();
        } catch (OutsideCalendarException e) {
            throw invalid("receivedOn", "within-calendar",
                    "the deadline falls outside the bank holiday calendar the hub ships");
        }
    }

    private static RejectedException invalid(String field, String rule, String detail) {
        return RejectedException.invalid(List.of(new Violation(field, rule, detail)), null);
    }
}
