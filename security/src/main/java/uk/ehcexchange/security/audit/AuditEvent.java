package uk.ehcexchange.security.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry in the audit trail. It names parties and documents by identifier only: the trail is read by
 * operators and auditors, so it must never carry personal data such as names, dates of birth or NHS numbers.
 *
 * @param actor     the authority code of the client that acted, or {@code "anonymous"} / {@code "hub"}
 * @param action    what was attempted, e.g. {@code plan.submit}, {@code inbox.read}
 * @param outcome   accepted or rejected
 * @param subjectId the plan, transfer or request identifier the action concerned, if any
 * @param reason    for a rejection, the rule that refused it (e.g. {@code nhs-number-modulus-11}); else null
 */
public record AuditEvent(Instant at, String actor, String action, Outcome outcome, String subjectId, String reason) {

    public enum Outcome { ACCEPTED, REJECTED }

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditEvent rejected(String actor, String action, String subjectId, String reason) {
        return new AuditEvent(Instant.now(), actor, action, Outcome.REJECTED, subjectId, reason);
    }

    public static AuditEvent accepted(String actor, String action, String subjectId) {
        return new AuditEvent(Instant.now(), actor, action, Outcome.ACCEPTED, subjectId, null);
    }
}
