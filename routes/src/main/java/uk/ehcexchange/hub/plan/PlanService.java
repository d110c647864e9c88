package uk.ehcexchange.hub.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.auth.ClientIdentity;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.hub.web.Rejection;
import uk.ehcexchange.hub.web.RejectedException;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.CanonicalValidator;
import uk.ehcexchange.model.validation.Violation;

/** Submitting and reading plans. A council submits, updates and reads only the plans it owns. */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final IdempotentRequests idempotent;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;

    public PlanService(PlanRepository plans, IdempotentRequests idempotent, AuditRecorder audit, ObjectMapper json,
                       Clock clock) {
        this.plans = plans;
        this.idempotent = idempotent;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public StoredResponse submit(ClientIdentity client, String planId, String idempotencyKey, EhcPlan plan) {
        if (!planId.equals(plan.planId())) {
            throw RejectedException.invalid(List.of(new Violation("planId", "matches-path",
                    "planId must equal the plan id in the URL")), planId);
        }
        List<Violation> violations = CanonicalValidator.validate(plan, clock);
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, planId);
        }
        requireOwner(client, plan.owningCouncil(), "owningCouncil", planId);
        String document = JsonDocuments.write(json, plan);
        StoredResponse response = idempotent.execute(client, idempotencyKey, "PUT plan " + planId + "\n" + document,
                () -> {
                    var existing = plans.find(planId);
                    existing.ifPresent(stored -> requireOwner(client, stored.owningCouncil(), "owningCouncil", planId));
                    int version = existing.isPresent()
                            ? plans.update(plan, document, clock.instant())
                            : plans.insert(plan, document, clock.instant());
                    HttpStatus status = existing.isPresent() ? HttpStatus.OK : HttpStatus.CREATED;
                    return new StoredResponse(status.value(), JsonDocuments.write(json, Map.of("planId", planId, "version", version,
                            "status", plan.status().name())));
                });
        audit.accepted(client, "plan.submit", planId);
        return response;
    }

    public String read(ClientIdentity client, String planId) {
        PlanRepository.StoredPlan stored = plans.find(planId).orElseThrow(() -> RejectedException.of(
                Rejection.NOT_FOUND, "planId", "known-plan", "there is no plan " + planId, planId));
        requireOwner(client, stored.owningCouncil(), "planId", planId);
        return stored.document();
    }

    static void requireOwner(ClientIdentity client, String council, String field, String subjectId) {
        if (!client.authorityCode().equals(council)) {
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, field, "own-authority-only",
                    "this client acts for " + client.authorityCode() + " and may not act for " + council, subjectId);
        }
    }
}
