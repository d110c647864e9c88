package uk.ehcexchange.hub.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.DatabaseUnavailable;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/** The hub's one way into the audit trail: every acceptance worth proving and every rejection. */
@Component
public class AuditRecorder {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

    private final AuditTrail trail;
    private final MeterRegistry meters;

    public AuditRecorder(AuditTrail trail, MeterRegistry meters) {
        this.trail = trail;
        this.meters = meters;
    }

    /**
     * A refusal, by whichever door: logged at INFO (the caller's fault, not the hub's), counted by rule in
     * {@code ehc.api.rejections}, and recorded.
     *
     * @param actor  the authority the caller acts for, or "anonymous"
     * @param action what was refused, as the door names it ({@code GET /api/v1/…}, {@code soap SubmitPlan})
     * @param reason the rule first, then what it was about; identifiers only, never personal data
     */
    public void rejected(String actor, String action, String subjectId, String reason) {
        log.info("Rejected {} by {} subject={} reason={}", action, actor, subjectId, reason);
        meters.counter("ehc.api.rejections", "rule", reason.split(" ")[0]).increment();
        try {
            trail.record(AuditEvent.rejected(actor, action, subjectId, reason));
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.causedBy(failure)) {
                throw failure;
            }
            // The refusal itself may be that the database is away: its log line above is then its only record,
            // and the caller still gets its answer rather than a 500.
            meters.counter("ehc.audit.unrecorded").increment();
            log.warn("Audit trail unavailable; the refusal above is in this log only: {}", failure.toString());
        }
    }

    public void accepted(ClientIdentity client, String action, String subjectId) {
        trail.record(AuditEvent.accepted(client.authorityCode(), action, subjectId));
    }

    public void accepted(String actor, String action, String subjectId) {
        trail.record(AuditEvent.accepted(actor, action, subjectId));
    }

    /**
     * Accepted, with what was done in figures (e.g. an export's counts), for an action whose subject is not one record.
     * The detail is identifiers and numbers only, never personal data.
     */
    public void accepted(String actor, String action, String subjectId, String detail) {
        trail.record(new AuditEvent(Instant.now(), actor, action, AuditEvent.Outcome.ACCEPTED, subjectId, detail));
    }

    /** Accepted, but with a doubt an operator should look at: the reason says what and where, never the data. */
    public void flagged(String actor, String action, String subjectId, String reason) {
        log.warn("Flagged {} by {} subject={} reason={}", action, actor, subjectId, reason);
        meters.counter("ehc.audit.flagged", "action", action).increment();
        trail.record(new AuditEvent(Instant.now(), actor, action, AuditEvent.Outcome.ACCEPTED, subjectId, reason));
    }
}
