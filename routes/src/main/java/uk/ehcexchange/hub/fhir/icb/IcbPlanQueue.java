package uk.ehcexchange.hub.fhir.icb;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.Destination;
import uk.ehcexchange.hub.delivery.Outbox;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.disclosure.DisclosurePurpose;
import uk.ehcexchange.hub.disclosure.Disclosures;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.plan.PlanHandedOver;
import uk.ehcexchange.hub.plan.PlanSubmitted;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.PlanStatus;

/**
 * When a council submits a final plan, or a final plan is transferred to a council here, the child's responsible
 * commissioning body (reg 13(2)(c); CFA 2014 s42(4)) gets it as a FHIR document: a delivery in the outbox, written in
 * the submission's (or the transfer's) own transaction, carrying the plan as it was then.
 *
 * <p>The body is the child's, not the council's: normally the ICB of the child's GP practice, so two children of a
 * council whose area several ICBs cover can have different ones. The plan names it
 * ({@code child.responsibleCommissioningBody}); only a plan that names none goes to the ICB this deployment
 * configures for the council's area ({@code ehc.authorities[].councils}). A plan whose ICB has no FHIR server
 * configured stays here: it is never sent to another ICB instead.
 */
@FhirEnabled
@Component
public class IcbPlanQueue {

    private static final Logger log = LoggerFactory.getLogger(IcbPlanQueue.class);

    private final Outbox outbox;
    private final AuthorityDirectory directory;
    private final HubProperties properties;
    private final Disclosures disclosures;

    public IcbPlanQueue(Outbox outbox, AuthorityDirectory directory, HubProperties properties,
                        Disclosures disclosures) {
        this.outbox = outbox;
        this.disclosures = disclosures;
        this.directory = directory;
        this.properties = properties;
    }

    @EventListener
    public void planSubmitted(PlanSubmitted submitted) {
        String council = submitted.plan().owningCouncil();
        send(submitted.plan(), submitted.version(), submitted.document(), council, council);
    }

    /**
     * The council a plan moved to answers to its own ICB, which has not seen the plan: it gets it too. The hub does
     * this on receiving the package, so the hub is the actor its audit entry names.
     */
    @EventListener
    public void planHandedOver(PlanHandedOver handedOver) {
        send(handedOver.plan(), handedOver.version(), handedOver.document(), handedOver.toCouncil(), "hub");
    }

    private void send(EhcPlan plan, int version, String document, String council, String actor) {
        if (plan.status() != PlanStatus.FINAL) {
            return;
        }
        Optional<String> icb = responsibleIcb(plan, council).filter(code -> fhirBaseUrl(code) != null);
        if (icb.isEmpty()) {
            log.info("Final plan {} v{}: the child's ICB ({}) has no FHIR server configured; not sent",
                    plan.planId(), version, responsibleIcb(plan, council).orElse("none named or configured for council "
                            + council));
            return;
        }
        // Reg 13(2)(c) (22(3)(c) for an amended plan) requires it: that duty is the basis, recorded and audited here.
        disclosures.authorise(actor, plan.planId(), council, DisclosurePurpose.PLAN_TO_COMMISSIONING_BODY,
                List.of(icb.get()), plan.planId());
        outbox.schedule(new Outbox.NewDelivery(DeliveryKind.ICB_PLAN, plan.planId(), Destination.icb(icb.get()),
                "ICB_PLAN " + plan.planId() + " v" + version + " " + icb.get(), document, null));
    }

    /** The ICB the plan names for the child, else the one configured for the council's area. */
    private Optional<String> responsibleIcb(EhcPlan plan, String council) {
        return Optional.ofNullable(plan.child()).map(Child::responsibleCommissioningBody)
                .or(() -> directory.icbFor(council).map(Authority::code));
    }

    URI fhirBaseUrl(String icb) {
        return properties.authorities().stream().filter(a -> icb.equals(a.odsCode()))
                .map(HubProperties.ConfiguredAuthority::fhirBaseUrl).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
