package uk.ehcexchange.hub.fhir.icb;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.plan.PlanHandedOver;
import uk.ehcexchange.hub.plan.PlanSubmitted;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.PlanStatus;

/**
 * When a council submits a final plan, or a final plan is transferred to a council here, the ICB whose area the
 * council is in (reg 12's responsible commissioning body) gets it as a FHIR document: a row in the outbox, written
 * in the submission's (or the transfer's) own transaction, and its id handed to the broker once that commits. Plans of councils whose ICB has no FHIR server configured stay here.
 */
@FhirEnabled
@Component
public class IcbPlanQueue {

    static final String QUEUE = "jms:queue:ehc.fhir.icb-plans";
    private static final Logger log = LoggerFactory.getLogger(IcbPlanQueue.class);

    private final IcbPlanOutbox outbox;
    private final AuthorityDirectory directory;
    private final HubProperties properties;
    private final ProducerTemplate producer;
    private final Clock clock;

    public IcbPlanQueue(IcbPlanOutbox outbox, AuthorityDirectory directory, HubProperties properties,
                        ProducerTemplate producer, Clock clock) {
        this.outbox = outbox;
        this.directory = directory;
        this.properties = properties;
        this.producer = producer;
        this.clock = clock;
    }

    @EventListener
    public void planSubmitted(PlanSubmitted submitted) {
        send(submitted.plan(), submitted.version(), submitted.document(), submitted.plan().owningCouncil());
    }

    /** The council a plan moved to answers to its own ICB, which has not seen the plan: it gets it too. */
    @EventListener
    public void planHandedOver(PlanHandedOver handedOver) {
        send(handedOver.plan(), handedOver.version(), handedOver.document(), handedOver.toCouncil());
    }

    private void send(EhcPlan plan, int version, String document, String council) {
        if (plan.status() != PlanStatus.FINAL) {
            return;
        }
        Optional<String> icb = directory.icbFor(council).map(Authority::code).filter(code -> fhirBaseUrl(code) != null);
        if (icb.isEmpty()) {
            log.info("Final plan {} v{}: no ICB with a FHIR server is configured for council {}; not sent",
                    plan.planId(), version, council);
            return;
        }
        if (outbox.forPlan(plan.planId()).stream().anyMatch(d -> d.planVersion() == version && d.icb().equals(icb.get()))) {
            return;
        }
        String deliveryId = UUID.randomUUID().toString();
        outbox.insert(deliveryId, plan.planId(), version, icb.get(), document, clock.instant());
        afterCommit(() -> handToBroker(deliveryId));
    }

    /** A failure here loses nothing: the row is durable and the sweep sends it. */
    public void handToBroker(String deliveryId) {
        try {
            producer.sendBody(QUEUE, deliveryId);
        } catch (RuntimeException brokerUnavailable) {
            log.warn("ICB plan delivery {} is recorded but could not be queued now; the outbox sweep will send it",
                    deliveryId, brokerUnavailable);
        }
    }

    URI fhirBaseUrl(String icb) {
        return properties.authorities().stream().filter(a -> icb.equals(a.odsCode()))
                .map(HubProperties.ConfiguredAuthority::fhirBaseUrl).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
