package uk.ehcexchange.hub.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.auth.ClientIdentity;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.core.RejectedException;
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
    private final ApplicationEventPublisher events;

    public PlanService(PlanRepository plans, IdempotentRequests idempotent, AuditRecorder audit, ObjectMapper json,
                       Clock clock, ApplicationEventPublisher events) {
        this.events = events;
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
        String document = admit(client, plan).document();
        StoredResponse response = idempotent.execute(client, idempotencyKey, "PUT plan " + planId + "\n" + document,
                () -> {
                    var existing = plans.find(planId);
                    existing.ifPresent(stored -> requireOwner(client, stored.owningCouncil(), "owningCouncil", planId));
                    int version = existing.isPresent()
                            ? plans.update(plan, document, clock.instant())
                            : plans.insert(plan, document, clock.instant());
                    HttpStatus status = existing.isPresent() ? HttpStatus.OK : HttpStatus.CREATED;
                    // In the same transaction, so what follows a submission (the ICB's copy of a final plan) is
                    // recorded together with the plan or not at all.
                    events.publishEvent(new PlanSubmitted(plan, version, document));
                    return new StoredResponse(status.value(), JsonDocuments.write(json, Map.of("planId", planId, "version", version,
                            "status", plan.status().name())));
                });
        audit.accepted(client, "plan.submit", planId);
        return response;
    }

    /**
     * A plan that passed every rule for a council, with the document to store. Only {@link #admit} makes one, so
     * nothing reaches the store without the rules.
     */
    public static final class Admitted {
        private final EhcPlan plan;
        private final String document;
        private final ClientIdentity client;

        private Admitted(EhcPlan plan, String document, ClientIdentity client) {
            this.plan = plan;
            this.document = document;
            this.client = client;
        }

        public EhcPlan plan() {
            return plan;
        }

        public String document() {
            return document;
        }
    }

    /**
     * The rules a plan must pass before the hub stores it for {@code client}'s council, whichever way it arrives (the
     * API, bulk import): every canonical rule, then ownership. Touches no database, so bulk import checks rows while
     * the previous batch is being stored.
     *
     * @throws RejectedException naming every broken rule
     */
    public Admitted admit(ClientIdentity client, EhcPlan plan) {
        List<Violation> violations = CanonicalValidator.validate(plan, clock);
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, plan.planId());
        }
        requireOwner(client, plan.owningCouncil(), "owningCouncil", plan.planId());
        return new Admitted(plan, JsonDocuments.write(json, plan), client);
    }

    /** What bulk import did with one plan. */
    public enum Imported {
        CREATED,
        /** The hub already held exactly this plan: nothing changed. */
        ALREADY_PRESENT
    }

    /**
     * Bulk import's path, one plan at a time inside the importer's transaction, after the rules of {@link #submit}
     * ({@link #admit}): a plan is only ever created, as version 1. The plan id is the idempotency key (the primary key
     * enforces it): an identical plan already held counts as present, so a file may be imported again; a different
     * plan under the same id is refused, because a migration file must not overwrite a plan the council has changed
     * in the hub since. The caller audits, in the same transaction.
     */
    public Imported importPlan(Admitted admitted) {
        EhcPlan plan = admitted.plan();
        var existing = plans.find(plan.planId());
        if (existing.isEmpty()) {
            plans.insert(plan, admitted.document(), clock.instant());
            return Imported.CREATED;
        }
        requireOwner(admitted.client, existing.get().owningCouncil(), "planId", plan.planId());
        if (existing.get().document().equals(admitted.document())) {
            return Imported.ALREADY_PRESENT;
        }
        throw RejectedException.of(Rejection.CONFLICT, "planId", "plan-already-exists",
                "the hub already holds a different version of this plan; bulk import only creates plans, so update "
                        + "it through the API", plan.planId());
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
