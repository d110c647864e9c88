package uk.ehcexchange.hub.dashboard;

import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.audit.AuditRecorder;

/**
 * Every view of a child's personal data on the dashboard goes into the audit trail: who (the viewer's organisation
 * and their pseudonymous subject id, never a name), which page, and which case. Pages call
 * {@link #viewedPersonalData} when they show a child's details, before answering.
 */
@Component
public class DashboardAudit {

    /** The audit trail's columns are this long at most (V1__foundation.sql). */
    private static final int ACTOR_LENGTH = 64;
    private static final int ACTION_LENGTH = 64;

    private final AuditRecorder audit;

    public DashboardAudit(AuditRecorder audit) {
        this.audit = audit;
    }

    /**
     * @param what   the page or download, in a few words ({@code child journey}, {@code due list csv})
     * @param caseId the council's case reference or the hub's id of the child's case, never a name
     */
    public void viewedPersonalData(DashboardViewer viewer, String what, String caseId) {
        audit.accepted(actor(viewer), clip("dashboard view " + what, ACTION_LENGTH), caseId);
    }

    /** {@code person:<organisation>:<subject id>}: the audit trail's name for a person signed in to the dashboard. */
    public static String actor(DashboardViewer viewer) {
        return clip("person:" + viewer.organisation() + ":" + viewer.subjectId(), ACTOR_LENGTH);
    }

    private static String clip(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
