package uk.ehcexchange.hub.door;

import jakarta.servlet.http.HttpServletRequest;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;

/** A refusal of an HTTP request, audited as the core's audit trail names things: who, what, about what, why. */
public final class RequestAudit {

    /** Where a door that authenticates someone other than an API client (an operator) leaves the actor's name. */
    public static final String ACTOR_ATTRIBUTE = "uk.ehcexchange.hub.door.RequestAudit.actor";

    private RequestAudit() {
    }

    public static void rejected(AuditRecorder audit, HttpServletRequest request, String subjectId, String reason) {
        audit.rejected(actor(request), request.getMethod() + " " + request.getRequestURI(), subjectId, reason);
    }

    /** The authority the door authenticated the caller for, the operator ({@code operator:<name>}), or "anonymous". */
    public static String actor(HttpServletRequest request) {
        if (request.getAttribute(ACTOR_ATTRIBUTE) instanceof String actor) {
            return actor;
        }
        Object client = request.getAttribute(ClientIdentity.REQUEST_ATTRIBUTE);
        return client instanceof ClientIdentity identity ? identity.authorityCode() : "anonymous";
    }
}
