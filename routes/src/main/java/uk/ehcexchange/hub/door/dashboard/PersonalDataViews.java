package uk.ehcexchange.hub.door.dashboard;

import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.dashboard.DashboardViewer;

/**
 * Every view of a child's personal data on the dashboard, in the audit trail: who (the organisation the person
 * signed in for), what (a page or a download) and which case or list — never the data itself. The one place the
 * pages call, so that the sign-in door's own audit call (with the person's identity) can replace this body.
 */
@Component
public class PersonalDataViews {

    private final AuditRecorder audit;

    public PersonalDataViews(AuditRecorder audit) {
        this.audit = audit;
    }

    /**
     * @param what    {@code dashboard.due-list}, {@code dashboard.case} or {@code dashboard.csv.<table>}
     * @param subject the case id, or the council whose list it was
     */
    public void viewed(DashboardViewer viewer, String what, String subject) {
        audit.accepted(viewer.organisation(), what, subject);
    }
}
