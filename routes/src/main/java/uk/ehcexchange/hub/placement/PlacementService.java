package uk.ehcexchange.hub.placement;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.disclosure.DisclosurePurpose;
import uk.ehcexchange.hub.disclosure.Disclosures;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.hub.support.SettingValues;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.AuthorityKind;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.Establishment;
import uk.ehcexchange.model.validation.Violation;

/**
 * Placement notifications: when a council places a looked-after child with an EHC plan in another council's area,
 * the host council and the ICB of the host area are told (host councils report that they often are not). The
 * placing council stays responsible for the plan, so the notification carries the child and the placement, not the
 * plan. REST and SOAP both come through here.
 */
@Service
public class PlacementService {

    private static final Logger log = LoggerFactory.getLogger(PlacementService.class);
    private static final Pattern URN = Pattern.compile("[0-9]{6}");
    private static final Pattern UKPRN = Pattern.compile("1[0-9]{7}");

    private final PlacementRepository repository;
    private final PlanRepository plans;
    private final AuthorityDirectory directory;
    private final IdempotentRequests idempotent;
    private final Disclosures disclosures;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;

    public PlacementService(PlacementRepository repository, PlanRepository plans, AuthorityDirectory directory,
                            IdempotentRequests idempotent, Disclosures disclosures, AuditRecorder audit,
                            ObjectMapper json, Clock clock) {
        this.disclosures = disclosures;
        this.repository = repository;
        this.plans = plans;
        this.directory = directory;
        this.idempotent = idempotent;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the notification and delivers it to the host council and its ICB, once per Idempotency-Key, when the
     * placing council has recorded a basis for disclosing the plan to each (docs/disclosure.md); otherwise refuses
     * with disclosure-basis-missing and writes nothing.
     */
    public PlacementNotification notify(ClientIdentity client, String idempotencyKey, NewPlacement placement) {
        check(placement);
        if (!client.authorityCode().equals(placement.placingCouncil())) {
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, "placingCouncil", "own-authority-only",
                    "this client acts for " + client.authorityCode() + " and may not notify for "
                            + placement.placingCouncil(), placement.planId());
        }
        StoredResponse stored = idempotent.execute(client, idempotencyKey,
                "POST placement\n" + JsonDocuments.write(json, placement), () -> {
                    EhcPlan plan = ownPlan(placement);
                    String hostIcb = directory.icbFor(placement.hostCouncil()).map(Authority::code).orElse(null);
                    String responsibleIcb = responsibleIcb(plan);
                    PlacementNotification notification = new PlacementNotification(UUID.randomUUID().toString(),
                            placement.planId(), placement.placingCouncil(), placement.hostCouncil(), hostIcb,
                            responsibleIcb, placement.placedOn(), placement.placementType(), placement.establishment(),
                            plan.child(), clock.instant());
                    Set<String> recipients = new LinkedHashSet<>();
                    recipients.add(placement.hostCouncil());
                    Stream.of(responsibleIcb, hostIcb).filter(Objects::nonNull).forEach(recipients::add);
                    // The notification says the child has a plan and names section I's school: reg 17 needs a
                    // basis for each body told, recorded by the council beforehand; without one nothing is written.
                    disclosures.authorise(client.authorityCode(), placement.planId(), placement.placingCouncil(),
                            DisclosurePurpose.PLACEMENT_NOTIFICATION, List.copyOf(recipients),
                            notification.notificationId());
                    repository.insert(notification, List.copyOf(recipients));
                    return StoredResponse.created(JsonDocuments.write(json, notification));
                });
        PlacementNotification notification = JsonDocuments.read(json, stored.body(), PlacementNotification.class);
        audit.accepted(client, "placement.notify", notification.notificationId());
        log.info("Placement notification {} from {} to {}, the child's ICB {} and the host area's ICB {}",
                notification.notificationId(), notification.placingCouncil(), notification.hostCouncil(),
                notification.responsibleIcb(), notification.hostIcb());
        return notification;
    }

    /**
     * The notifications received by a host council or ICB; each sees only its own.
     *
     * @param kind what the caller named the recipient as (a council's inbox or an ICB's): a code of another kind
     *             names no such inbox
     */
    public List<PlacementInboxItem> inbox(ClientIdentity client, AuthorityKind kind, String recipient) {
        requireOwnInbox(client, kind, recipient);
        return repository.inbox(recipient);
    }

    public PlacementInboxItem read(ClientIdentity client, AuthorityKind kind, String recipient, String notificationId) {
        PlacementInboxItem item = find(client, kind, recipient, notificationId);
        audit.accepted(client, "placement.read", notificationId);
        return item;
    }

    /** Idempotent: acknowledging again keeps the first time. */
    public PlacementInboxItem acknowledge(ClientIdentity client, AuthorityKind kind, String recipient,
                                          String notificationId) {
        find(client, kind, recipient, notificationId);
        repository.acknowledge(recipient, notificationId, clock.instant());
        audit.accepted(client, "placement.acknowledge", notificationId);
        return repository.find(recipient, notificationId).orElseThrow();
    }

    private PlacementInboxItem find(ClientIdentity client, AuthorityKind kind, String recipient,
                                    String notificationId) {
        requireOwnInbox(client, kind, recipient);
        return repository.find(recipient, notificationId).orElseThrow(() -> RejectedException.of(Rejection.NOT_FOUND,
                "notificationId", "known-notification",
                "there is no placement notification " + notificationId + " in the inbox of " + recipient,
                notificationId));
    }

    /**
     * The child's health commissioning body, which a placement notice must reach (it keeps commissioning the child's
     * health provision wherever the child is placed): the ICB the plan names, else the one configured for the placing
     * council's area. An ICB the directory does not know has no inbox here, so it cannot be told (logged).
     */
    private String responsibleIcb(EhcPlan plan) {
        String named = plan.child() == null ? null : plan.child().responsibleCommissioningBody();
        if (named == null) {
            return directory.icbFor(plan.owningCouncil()).map(Authority::code).orElse(null);
        }
        if (directory.find(named).filter(a -> a.kind() == AuthorityKind.ICB).isEmpty()) {
            log.info("Plan {} names ICB {} for the child, which is not in the directory: it is not told of the placement",
                    plan.planId(), named);
            return null;
        }
        return named;
    }

    /** Another council's plan is refused exactly as one the hub does not hold, so a notification reveals neither. */
    private EhcPlan ownPlan(NewPlacement placement) {
        PlanRepository.StoredPlan stored = plans.find(placement.planId())
                .filter(p -> p.owningCouncil().equals(placement.placingCouncil()))
                .orElseThrow(() -> RejectedException.invalid(List.of(new Violation("planId", "known-plan",
                        "there is no plan with this id maintained by this council")), placement.planId()));
        return JsonDocuments.read(json, stored.document(), EhcPlan.class);
    }

    private void check(NewPlacement placement) {
        List<Violation> violations = new ArrayList<>();
        require(violations, placement.planId(), "planId");
        require(violations, placement.placingCouncil(), "placingCouncil");
        require(violations, placement.placedOn(), "placedOn");
        require(violations, placement.placementType(), "placementType");
        if (require(violations, placement.hostCouncil(), "hostCouncil")) {
            if (!directory.isCouncil(placement.hostCouncil())) {
                violations.add(new Violation("hostCouncil", "known-la-code", "must be an English LA code"));
            } else if (placement.hostCouncil().equals(placement.placingCouncil())) {
                violations.add(new Violation("hostCouncil", "different-council",
                        "a placement in the council's own area needs no notification"));
            }
        }
        Establishment school = placement.establishment();
        if (school != null) {
            require(violations, school.name(), "establishment.name");
            require(violations, school.type(), "establishment.type");
            if (school.urn() == null && school.ukprn() == null) {
                violations.add(new Violation("establishment", "urn-or-ukprn",
                        "needs a URN (schools) or a UKPRN (colleges and other providers)"));
            }
            if (school.urn() != null && !URN.matcher(school.urn()).matches()) {
                violations.add(new Violation("establishment.urn", "urn-format", "must be 6 digits"));
            }
            if (school.ukprn() != null && !UKPRN.matcher(school.ukprn()).matches()) {
                violations.add(new Violation("establishment.ukprn", "ukprn-format", "must be 8 digits starting with 1"));
            }
        }
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, placement.planId());
        }
    }

    private static boolean require(List<Violation> violations, Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            violations.add(new Violation(field, "required", field + " is required"));
            return false;
        }
        return true;
    }

    private void requireOwnInbox(ClientIdentity client, AuthorityKind kind, String recipient) {
        if (directory.find(recipient).filter(authority -> authority.kind() == kind).isEmpty()) {
            throw RejectedException.of(Rejection.NOT_FOUND, "authority", "known-" + SettingValues.name(kind),
                    "there is no " + SettingValues.name(kind) + " " + recipient + " in the directory", recipient);
        }
        if (!client.authorityCode().equals(recipient)) {
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, "authority", "own-inbox-only",
                    "this client acts for " + client.authorityCode() + " and may not see the inbox of " + recipient,
                    recipient);
        }
    }
}
