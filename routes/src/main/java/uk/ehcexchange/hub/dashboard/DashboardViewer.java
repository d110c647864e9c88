package uk.ehcexchange.hub.dashboard;

import java.util.Objects;

/**
 * A person signed in to the dashboard, as the hub understands them: which kind of organisation they work for, its
 * code, and the name to show. Made from their identity provider's claims by the sign-in door; the dashboard's
 * pages decide what to show from this alone, never from the claims themselves.
 *
 * @param kind         a council's SEND service, a health body (ICB or trust), or the hub's operator
 * @param organisation the council's 3-digit DfE LA code, the health body's ODS code, or {@code "hub"}
 * @param displayName  the person's name as their identity provider gives it, for the page header only (never logged)
 * @param subjectId    who the person is for the audit trail: a stable pseudonym of their identity provider's subject
 *                     ({@code sha256:} and 32 hex digits of issuer and subject), never a name or an e-mail address
 */
public record DashboardViewer(ViewerKind kind, String organisation, String displayName, String subjectId) {

    /** Said of a viewer nobody signed in as (tests, tools): the audit trail then names the organisation only. */
    public static final String UNKNOWN_SUBJECT = "unknown";

    public DashboardViewer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    /** The contract's first shape, kept for the pages' own tests: a viewer without a known subject. */
    public DashboardViewer(ViewerKind kind, String organisation, String displayName) {
        this(kind, organisation, displayName, UNKNOWN_SUBJECT);
    }

    /** What the person may see on the dashboard follows from the kind of organisation they sign in for. */
    public enum ViewerKind {
        /** A council's SEND service: its own figures and, only there, its own children's journeys. */
        COUNCIL,
        /** An ICB or NHS trust: its own advice timeliness and the work waiting on it; no child's personal data. */
        HEALTH,
        /** The hub's operator: every council in aggregate, small numbers suppressed; no child's personal data. */
        OPERATOR
    }

    /** Deliberately omits the name so a stray log line cannot leak it. */
    @Override
    public String toString() {
        return "DashboardViewer[" + kind + " " + organisation + "]";
    }
}
