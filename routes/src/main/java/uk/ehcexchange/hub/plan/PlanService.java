package uk.ehcexchange.hub.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.support.JsonDocuments;
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
                    existing.ifPresent(stored -> requireIdOfOwnPlan(client, stored));
                    int version = existing.isPresent()
                            ? plans.update(plan, document, clock.instant())
                            : plans.insert(plan, document, clock.instant());
                    // In the same transaction, so what follows a submission (the ICB's copy of a final plan) is
                    // recorded together with the plan or not at all.
                    events.publishEvent(new PlanSubmitted(plan, version, document));
                    String answer = JsonDocuments.write(json, Map.of("planId", planId, "version", version,
                            "status", plan.status().name()));
                    return existing.isPresent() ? StoredResponse.replaced(answer) : StoredResponse.created(answer);
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
        requireIdOfOwnPlan(admitted.client, existing.get());
        if (existing.get().document().equals(admitted.document())) {
            return Imported.ALREADY_PRESENT;
        }
        throw RejectedException.of(Rejection.CONFLICT, "planId", "plan-already-exists",
                "the hub already holds a different version of this plan; bulk import only creates plans, so update "
                        + "it through the API", plan.planId());
    }

    public String read(ClientIdentity client, String planId) {
        return ownPlan(client, planId).document();
    }

    /**
     * The council's own plan. Another council's plan does not exist for it: the answer is the same 404, word for
     * word, as for an id the hub has never held, so nobody learns from a read whether a plan exists or whose it is.
     */
    public PlanRepository.StoredPlan ownPlan(ClientIdentity client, String planId) {
        return plans.find(planId).filter(stored -> stored.owningCouncil().equals(client.authorityCode()))
                .orElseThrow(() -> unknownPlan(planId));
    }

    public static RejectedException unknownPlan(String planId) {
        return RejectedException.of(Rejection.NOT_FOUND, "planId", "known-plan", "there is no plan " + planId,
                planId);
    }

    /**
     * A council submitting a plan under an id another council's plan already has. Plan ids are chosen by the
     * sender and unique across the hub, so a create can only answer that the id is taken — a 404 would be false
     * (the PUT would create a plan under a free id) and a 403 naming the owner would say whose it is. The 409 says
     * no more than that the id is in use: not by whom, nor what the plan is, and reading it stays a 404.
     */
    private static void requireIdOfOwnPlan(ClientIdentity client, PlanRepository.StoredPlan existing) {
        if (!existing.owningCouncil().equals(client.authorityCode())) {
            throw RejectedException.of(Rejection.CONFLICT, "planId", "plan-id-taken",
                    "the plan id " + existing.planId() + " is already in use on the hub; plan ids are unique across "
                            + "councils, so give this plan another id", existing.planId());
        }
    }

    static void requireOwner(ClientIdentity client, String council, String field, String subjectId) {
        if (!client.authorityCode().equals(council)) {
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, field, "own-authority-only",
                    "this client acts for " + client.authorityCode() + " and may not act for " + council, subjectId);
        }
    }
}
