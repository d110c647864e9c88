package uk.ehcexchange.hub.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.Destination;
import uk.ehcexchange.hub.delivery.Outbox;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.disclosure.DisclosurePurpose;
import uk.ehcexchange.hub.disclosure.Disclosures;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.validation.Violation;
import uk.ehcexchange.statutory.OutsideCalendarException;
import uk.ehcexchange.transfer.TransferDeadline;

/** Starting transfers and showing them to the councils concerned. */
@Service
public class TransferService {

    private final TransferLedger ledger;
    private final DeadlineRepository deadlines;
    private final TransferDeadlines reg15;
    private final PlanRepository plans;
    private final AuthorityDirectory directory;
    private final HubCredentials credentials;
    private final IdempotentRequests idempotent;
    private final Outbox outbox;
    private final Disclosures disclosures;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;

    public TransferService(TransferLedger ledger, DeadlineRepository deadlines, TransferDeadlines reg15,
                           PlanRepository plans, AuthorityDirectory directory, HubCredentials credentials,
                           IdempotentRequests idempotent, Outbox outbox, Disclosures disclosures, AuditRecorder audit,
                           ObjectMapper json, Clock clock) {
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.reg15 = reg15;
        this.plans = plans;
        this.directory = directory;
        this.credentials = credentials;
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.disclosures = disclosures;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the transfer as REQUESTED with its transfer-by date, and schedules its delivery in the same
     * transaction. Reg 15(2) transfers the plan on the day of the move, when the new council's duties start, so the
     * delivery is due from the start of that day. The disclosure's basis (the reg 15 duty) is recorded and audited in
     * the same transaction. The answer is given once both are committed: if the broker is
     * down, the outbox's sweep sends it later.
     */
    public StoredResponse start(ClientIdentity client, String idempotencyKey, StartTransferRequest request) {
        checkShape(request);
        if (!client.authorityCode().equals(request.fromCouncil())) {
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, "fromCouncil", "own-authority-only",
                    "this client acts for " + client.authorityCode() + " and may not transfer for "
                            + request.fromCouncil(), request.planId());
        }
        TransferDeadline transferBy = transferBy(request);
        String canonicalRequest = "POST transfer\n" + write(request);
        return idempotent.execute(client, idempotencyKey, canonicalRequest, () -> {
            checkPlan(request);
            String transferId = UUID.randomUUID().toString();
            // Reg 15 requires the transfer: its basis is that duty, recorded and named in the audit trail.
            disclosures.authorise(client.authorityCode(), request.planId(), request.fromCouncil(),
                    DisclosurePurpose.PLAN_TRANSFER, List.of(request.toCouncil()), transferId);
            ledger.open(new TransferLedger.Entry(transferId, request.planId(), request.fromCouncil(),
                    request.toCouncil(), request.moveDate(), request.awareOn(), null, TransferStatus.REQUESTED,
                    null), clock.instant());
            deadlines.recordOnce(transferId, transferBy);
            outbox.schedule(new Outbox.NewDelivery(DeliveryKind.TRANSFER, transferId,
                    Destination.council(request.toCouncil()), "TRANSFER " + transferId, null,
                    request.moveDate().atStartOfDay(clock.getZone()).toInstant()));
            audit.accepted(client, "transfer.start", transferId);
            return StoredResponse.accepted(write(view(transferId)));
        });
    }

    /**
     * Only the two councils of a transfer see it; to any other caller it does not exist, with the same 404, word for
     * word, as an id the hub never issued.
     */
    public TransferView read(ClientIdentity client, String transferId) {
        String caller = client.authorityCode();
        ledger.find(transferId).filter(e -> caller.equals(e.fromCouncil()) || caller.equals(e.toCouncil()))
                .orElseThrow(() -> notFound(transferId));
        return view(transferId);
    }

    private TransferView view(String transferId) {
        TransferLedger.Entry e = ledger.find(transferId).orElseThrow(() -> notFound(transferId));
        return new TransferView(e.transferId(), e.planId(), e.fromCouncil(), e.toCouncil(), e.moveDate(),
                e.awareOn(), e.transferDate(), e.status(), e.reason(), ledger.history(transferId),
                deadlines.forTransfer(transferId));
    }

    private void checkShape(StartTransferRequest request) {
        List<Violation> violations = new ArrayList<>();
        require(violations, request.planId(), "planId");
        require(violations, request.fromCouncil(), "fromCouncil");
        require(violations, request.toCouncil(), "toCouncil");
        require(violations, request.moveDate(), "moveDate");
        require(violations, request.awareOn(), "awareOn");
        if (request.toCouncil() != null && !directory.isCouncil(request.toCouncil())) {
            violations.add(new Violation("toCouncil", "known-la-code", "toCouncil must be an English LA code"));
        }
        if (request.toCouncil() != null && directory.isCouncil(request.toCouncil())
                && !credentials.canEncryptFor(request.toCouncil())) {
            violations.add(new Violation("toCouncil", "reachable-council",
                    "this hub holds no encryption certificate for " + request.toCouncil()));
        }
        if (request.toCouncil() != null && request.toCouncil().equals(request.fromCouncil())) {
            violations.add(new Violation("toCouncil", "different-council", "a plan is transferred to another council"));
        }
        LocalDate today = LocalDate.now(clock);
        if (request.awareOn() != null && request.awareOn().isAfter(today)) {
            violations.add(new Violation("awareOn", "not-in-future", "awareOn cannot be after today"));
        }
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, request.planId());
        }
    }

    private TransferDeadline transferBy(StartTransferRequest request) {
        try {
            return reg15.transferBy(request.moveDate(), request.awareOn());
        } catch (OutsideCalendarException e) {
            throw RejectedException.invalid(List.of(new Violation("awareOn", "within-calendar",
                    "the transfer deadline falls outside the years the bank holiday calendar covers")),
                    request.planId());
        }
    }

    /** Another council's plan is refused exactly as one the hub does not hold, so a transfer reveals neither. */
    private void checkPlan(StartTransferRequest request) {
        PlanRepository.StoredPlan plan = plans.find(request.planId())
                .filter(p -> p.owningCouncil().equals(request.fromCouncil()))
                .orElseThrow(() -> RejectedException.invalid(List.of(new Violation("planId", "known-plan",
                        "there is no plan with this id maintained by this council")), request.planId()));
        if (!PlanStatus.FINAL.name().equals(plan.status())) {
            throw RejectedException.invalid(List.of(new Violation("planId", "final-plan",
                    "only a final plan is transferred under reg 15; this one is " + plan.status())), request.planId());
        }
        if (ledger.hasOpenTransfer(request.planId())) {
            throw RejectedException.of(Rejection.CONFLICT, "planId", "one-open-transfer",
                    "this plan already has a transfer in progress", request.planId());
        }
    }

    private static void require(List<Violation> violations, Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            violations.add(new Violation(field, "required", field + " is required"));
        }
    }

    private static RejectedException notFound(String transferId) {
        return RejectedException.of(Rejection.NOT_FOUND, "transferId", "known-transfer",
                "there is no transfer " + transferId, transferId);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
