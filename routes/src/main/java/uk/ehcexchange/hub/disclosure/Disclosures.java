package uk.ehcexchange.hub.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.audit.JdbcAuditTrail;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.security.audit.AuditEvent;

/**
 * The gate every disclosure of a child's plan passes, inside the transaction of the business change that causes it
 * and before that change writes what will be sent (an outbox row, a placement inbox row): with no basis the change
 * is refused and nothing is written; with one, the audit entry of the disclosure names it, written in the same
 * transaction so the entry and the disclosure commit together or not at all.
 *
 * <p>A purpose the Regulations require ({@link DisclosurePurpose#required()}) is never refused: the hub records the
 * statutory duty as its basis, once per plan, purpose and recipient, and names it.
 */
@Component
public class Disclosures {

    private static final Logger log = LoggerFactory.getLogger(Disclosures.class);

    private final DisclosureBasisRepository bases;
    private final JdbcAuditTrail trail;
    private final Clock clock;

    public Disclosures(DisclosureBasisRepository bases, JdbcAuditTrail trail, Clock clock) {
        this.bases = bases;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * Authorises disclosing plan {@code planId} for {@code purpose} to every one of {@code recipients}, all or none.
     *
     * @param actor     who causes the disclosure (the council's authority code, or "hub")
     * @param council   the council that holds the plan: only its own bases count
     * @param subjectId what the disclosure travels as (transfer, notification or plan id), for the audit trail
     * @return the basis of each recipient's disclosure, in the order given
     * @throws RejectedException {@link Rejection#DISCLOSURE_BASIS_MISSING} naming the first recipient without one
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<DisclosureBasis> authorise(String actor, String planId, String council, DisclosurePurpose purpose,
                                           List<String> recipients, String subjectId) {
        LocalDate today = LocalDate.now(clock);
        List<DisclosureBasis> found = new ArrayList<>();
        for (String recipient : recipients) {
            found.add(purpose.required() ? statutoryDuty(planId, council, purpose, recipient, today)
                    : recorded(planId, council, purpose, recipient, today));
        }
        List<AuditEvent> entries = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < recipients.size(); i++) {
            DisclosureBasis basis = found.get(i);
            entries.add(new AuditEvent(now, actor, action(purpose), AuditEvent.Outcome.ACCEPTED, subjectId,
                    basis.auditName() + " to=" + recipients.get(i)));
            log.info("Disclosure of plan {} for {} to {} as {}: {}", planId, purpose, recipients.get(i), subjectId,
                    basis.auditName());
        }
        trail.recordAll(entries);
        return found;
    }

    /**
     * Authorises handing an assessment in progress (case {@code caseId}, no plan) to the council that became
     * responsible: a statutory duty ({@link DisclosurePurpose#ASSESSMENT_HAND_OVER}), so never refused; the basis is
     * recorded once per case and recipient and the audit entry (action {@code disclosure.assessment-hand-over}) names
     * it, in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DisclosureBasis authoriseHandOver(String actor, String caseId, String council, String recipient,
                                             String subjectId) {
        DisclosurePurpose purpose = DisclosurePurpose.ASSESSMENT_HAND_OVER;
        DisclosureBasis basis = statutoryDuty(bases.forCase(caseId, council, purpose), null, council, purpose,
                recipient, LocalDate.now(clock), duty -> bases.insertForCase(duty, caseId));
        trail.recordAll(List.of(new AuditEvent(clock.instant(), actor, action(purpose), AuditEvent.Outcome.ACCEPTED,
                subjectId, basis.auditName() + " to=" + recipient)));
        log.info("Disclosure of assessment case {} for {} to {} as {}: {}", caseId, purpose, recipient, subjectId,
                basis.auditName());
        return basis;
    }

    /** How the audit trail names a disclosure: disclosure.plan-transfer, disclosure.placement-notification … */
    public static String action(DisclosurePurpose purpose) {
        return "disclosure." + purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private DisclosureBasis recorded(String planId, String council, DisclosurePurpose purpose, String recipient,
                                     LocalDate today) {
        return bases.forPurpose(planId, council, purpose).stream()
                .filter(basis -> basis.kind() != BasisKind.STATUTORY_DUTY && basis.allows(recipient, today))
                .findFirst()
                .orElseThrow(() -> missing(planId, purpose, recipient));
    }

    private DisclosureBasis statutoryDuty(String planId, String council, DisclosurePurpose purpose, String recipient,
                                          LocalDate today) {
        return statutoryDuty(bases.forPurpose(planId, council, purpose), planId, council, purpose, recipient, today,
                bases::insert);
    }

    /** The duty already recorded for this recipient among {@code recorded}, or a new one, stored by {@code store}. */
    private DisclosureBasis statutoryDuty(List<DisclosureBasis> recorded, String planId, String council,
                                          DisclosurePurpose purpose, String recipient, LocalDate today,
                                          Consumer<DisclosureBasis> store) {
        return recorded.stream()
                .filter(basis -> basis.kind() == BasisKind.STATUTORY_DUTY && basis.allows(recipient, today))
                .filter(basis -> recipient.equals(basis.recipient()))
                .findFirst()
                .orElseGet(() -> {
                    DisclosureBasis duty = new DisclosureBasis(UUID.randomUUID().toString(), planId, council, purpose,
                            recipient, BasisKind.STATUTORY_DUTY, null, null, null, purpose.statutoryDuty(), "hub",
                            clock.instant(), null);
                    store.accept(duty);
                    return duty;
                });
    }

    private static RejectedException missing(String planId, DisclosurePurpose purpose, String recipient) {
        return RejectedException.of(Rejection.DISCLOSURE_BASIS_MISSING, "disclosureBasis", "reg-17-basis-required",
                "no recorded basis (consent of the parent or young person, or a reg 17 purpose) allows disclosing plan "
                        + planId + " for " + purpose + " to " + recipient
                        + "; nothing was sent: the council records a basis for this purpose first", planId);
    }
}
