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
 */
public record DashboardViewer(ViewerKind kind, String organisation, String displayName) {

    public DashboardViewer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(displayName, "displayName");
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
