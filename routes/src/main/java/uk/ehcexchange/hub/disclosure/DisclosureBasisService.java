package uk.ehcexchange.hub.disclosure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.validation.Violation;

/**
 * The council's record of the bases on which its children's plans may be disclosed: it records consent (who gave
 * it, when, for which purpose and body) or a reg 17 purpose it relies on, lists them, and withdraws them. Only the
 * council that holds the plan does so; to anyone else the plan does not exist (the same 404 as a plan read).
 */
@Service
public class DisclosureBasisService {

    private final DisclosureBasisRepository repository;
    private final PlanService plans;
    private final AuthorityDirectory directory;
    private final IdempotentRequests idempotent;
    private final TransactionTemplate transaction;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;

    public DisclosureBasisService(DisclosureBasisRepository repository, PlanService plans,
                                  AuthorityDirectory directory, IdempotentRequests idempotent,
                                  TransactionTemplate transaction, AuditRecorder audit, ObjectMapper json,
                                  Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.directory = directory;
        this.idempotent = idempotent;
        this.transaction = transaction;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public DisclosureBasis record(ClientIdentity client, String planId, String idempotencyKey,
                                  NewDisclosureBasis body) {
        plans.ownPlan(client, planId);
        check(body);
        StoredResponse stored = idempotent.execute(client, idempotencyKey,
                "POST disclosure-basis " + planId + "\n" + JsonDocuments.write(json, body), () -> {
                    DisclosureBasis basis = new DisclosureBasis(UUID.randomUUID().toString(), planId,
                            client.authorityCode(), body.purpose(), body.recipient(), body.basis(),
                            body.consentGivenBy(), body.consentGivenOn(), body.statutoryPurpose(), null,
                            client.clientId(), clock.instant(), null);
                    repository.insert(basis);
                    return StoredResponse.created(JsonDocuments.write(json, basis));
                });
        DisclosureBasis basis = JsonDocuments.read(json, stored.body(), DisclosureBasis.class);
        audit.accepted(client, "disclosure-basis.record", basis.basisId());
        return basis;
    }

    /**
     * The council's bases for the plan, oldest first: those it recorded and the statutory duties the hub recorded for
     * its disclosures. A council that transferred the plan away still sees its own; to any other it does not exist.
     */
    public List<DisclosureBasis> list(ClientIdentity client, String planId) {
        List<DisclosureBasis> own = repository.forPlan(planId, client.authorityCode());
        if (own.isEmpty()) {
            plans.ownPlan(client, planId);
        }
        return own;
    }

    /**
     * From today the basis allows no further disclosure; what was disclosed before stays disclosed. Idempotent: a
     * second withdrawal keeps the first date. A statutory duty cannot be withdrawn: the law, not consent, requires it.
     */
    public DisclosureBasis withdraw(ClientIdentity client, String planId, String basisId) {
        DisclosureBasis withdrawn = transaction.execute(status -> {
            DisclosureBasis basis = repository.find(basisId)
                    .filter(b -> b.planId().equals(planId) && b.council().equals(client.authorityCode()))
                    .orElseThrow(() -> {
                        plans.ownPlan(client, planId);
                        return RejectedException.of(Rejection.NOT_FOUND, "basisId", "known-basis",
                                "plan " + planId + " has no disclosure basis " + basisId, basisId);
                    });
            if (basis.kind() == BasisKind.STATUTORY_DUTY) {
                throw RejectedException.of(Rejection.CONFLICT, "basisId", "statutory-duty-not-withdrawable",
                        "basis " + basisId + " is a duty under " + basis.duty() + "; it does not rest on consent",
                        basisId);
            }
            repository.withdraw(basisId, LocalDate.now(clock), clock.instant());
            return repository.find(basisId).orElseThrow();
        });
        audit.accepted(client, "disclosure-basis.withdraw", basisId);
        return withdrawn;
    }

    private void check(NewDisclosureBasis body) {
        List<Violation> violations = new ArrayList<>();
        if (body.purpose() == null) {
            violations.add(new Violation("purpose", "required", "purpose is required"));
        } else if (body.purpose().required()) {
            violations.add(new Violation("purpose", "statutory-duty-purpose", body.purpose()
                    + " is required by " + body.purpose().statutoryDuty()
                    + "; the hub records that duty as its basis itself"));
        }
        if (body.recipient() != null && directory.find(body.recipient()).isEmpty()) {
            violations.add(new Violation("recipient", "known-authority",
                    "recipient must be an LA code or ODS code in the directory"));
        }
        if (body.basis() == null) {
            violations.add(new Violation("basis", "required", "basis is required: CONSENT or STATUTORY_PURPOSE"));
        } else {
            switch (body.basis()) {
                case CONSENT -> checkConsent(body, violations);
                case STATUTORY_PURPOSE -> checkPurpose(body, violations);
                case STATUTORY_DUTY -> violations.add(new Violation("basis", "hub-records-statutory-duties",
                        "a statutory duty is recorded by the hub when it makes the disclosure, not by a caller"));
            }
        }
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, null);
        }
    }

    private void checkConsent(NewDisclosureBasis body, List<Violation> violations) {
        if (body.consentGivenBy() == null) {
            violations.add(new Violation("consentGivenBy", "required",
                    "consent names who gave it: PARENT or YOUNG_PERSON"));
        }
        if (body.consentGivenOn() == null) {
            violations.add(new Violation("consentGivenOn", "required", "consent names the day it was given"));
        } else if (body.consentGivenOn().isAfter(LocalDate.now(clock))) {
            violations.add(new Violation("consentGivenOn", "not-in-future", "consentGivenOn cannot be after today"));
        }
        if (body.statutoryPurpose() != null) {
            violations.add(new Violation("statutoryPurpose", "consent-or-purpose",
                    "a basis is either consent or a reg 17 purpose: record each separately"));
        }
    }

    private static void checkPurpose(NewDisclosureBasis body, List<Violation> violations) {
        if (body.statutoryPurpose() == null) {
            violations.add(new Violation("statutoryPurpose", "required",
                    "a STATUTORY_PURPOSE basis names the reg 17 purpose it relies on"));
        }
        if (body.consentGivenBy() != null || body.consentGivenOn() != null) {
            violations.add(new Violation("consentGivenBy", "consent-or-purpose",
                    "a basis is either consent or a reg 17 purpose: record each separately"));
        }
    }
}
