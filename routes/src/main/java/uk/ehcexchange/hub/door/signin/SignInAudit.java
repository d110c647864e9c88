package uk.ehcexchange.hub.door.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.dashboard.DashboardAudit;
import uk.ehcexchange.hub.dashboard.DashboardViewer;

/**
 * Sign-in, sign-out and refused sign-ins, in the audit trail (who: organisation and the person's pseudonym) and in
 * the log (the organisation only: never a name, an e-mail address or the provider's subject).
 */
@Component
class SignInAudit {

    static final String SIGN_IN = "dashboard sign-in";
    static final String SIGN_OUT = "dashboard sign-out";

    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);

    private final AuditRecorder audit;

    SignInAudit(AuditRecorder audit) {
        this.audit = audit;
    }

    void signedIn(DashboardViewer viewer) {
        log.info("Signed in to the dashboard: {} {}", viewer.kind(), viewer.organisation());
        audit.accepted(DashboardAudit.actor(viewer), SIGN_IN, null);
    }

    void signedOut(DashboardViewer viewer) {
        log.info("Signed out of the dashboard: {} {}", viewer.kind(), viewer.organisation());
        audit.accepted(DashboardAudit.actor(viewer), SIGN_OUT, null);
    }

    /** AuditRecorder logs the refusal at INFO: the rule and the organisation claimed, if it was a code at all. */
    void refused(SignInRefusal refusal, String claimedOrganisation, String detail) {
        String actor = claimedOrganisation == null ? "anonymous" : "person:" + claimedOrganisation;
        audit.rejected(actor, SIGN_IN, null, refusal.rule() + (detail == null ? "" : " " + detail));
    }
}
