package uk.ehcexchange.hub.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.EhcPlan;

/** Opens and moves children's cases. Callers hold the transaction. */
@Service
public class JourneyCases {

    private final JourneyRepository journeys;
    private final PlanRepository plans;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    public JourneyCases(JourneyRepository journeys, PlanRepository plans, ObjectMapper json, Clock clock,
                        PlatformTransactionManager transactions) {
        this.journeys = journeys;
        this.plans = plans;
        this.json = json;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Opens a case for a child at a council, e.g. on an assessment request. */
    public JourneyCase open(String council, Child child, LocalDate openedOn, CaseStatus status) {
        Instant now = clock.instant();
        JourneyCase opened = new JourneyCase(UUID.randomUUID().toString(), council, child, null, openedOn, status,
                now, now);
        journeys.insertCase(opened);
        return opened;
    }

    /**
     * The case of a plan the hub holds for this council, opened on first use (a plan made before the hub or
     * transferred in has none yet). Two first uses at once make one case: the loser of the unique index reads the
     * winner's, within a savepoint so its own transaction carries on.
     *
     * @return empty when the hub holds no such plan for this council
     */
    public Optional<JourneyCase> forPlan(String council, String planId) {
        Optional<JourneyCase> existing = journeys.findByPlan(council, planId);
        if (existing.isPresent()) {
            return existing;
        }
        Optional<PlanRepository.StoredPlan> plan = plans.find(planId).filter(p -> p.owningCouncil().equals(council));
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        EhcPlan document = JsonDocuments.read(json, plan.get().document(), EhcPlan.class);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        JourneyCase opened = new JourneyCase(UUID.randomUUID().toString(), council, document.child(), planId, today,
                CaseStatus.PLAN_MAINTAINED, now, now);
        try {
            savepoint.executeWithoutResult(status -> journeys.insertCase(opened));
            return Optional.of(opened);
        } catch (DuplicateKeyException raced) {
            return journeys.findByPlan(council, planId);
        }
    }

    /** A council's case, or empty when there is none or it is another council's (the caller says "not found"). */
    public Optional<JourneyCase> find(String council, String caseId) {
        return journeys.findCase(caseId).filter(c -> c.council().equals(council));
    }

    /** The case locked for a transition; empty as {@link #find}. */
    public Optional<JourneyCase> lock(String council, String caseId) {
        return journeys.lockCase(caseId).filter(c -> c.council().equals(council));
    }

    /** Moves a case on; {@code planId} links the plan when one is issued (null keeps the current link). */
    public void move(String caseId, CaseStatus status, String planId) {
        journeys.updateCase(caseId, status, planId, clock.instant());
    }
}
