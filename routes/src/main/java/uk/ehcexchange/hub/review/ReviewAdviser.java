package uk.ehcexchange.hub.review;

import java.util.Set;
import uk.ehcexchange.model.AuthorityKind;

/**
 * Whom a council asks for review advice (reg 20(2) / 21(2)): the head teacher or principal of the school or college,
 * health (an ICB or NHS trust) and social care (a council's team), each an authority in the hub's directory. The
 * name is also the clock's "waiting on" role.
 */
public enum ReviewAdviser {
    SCHOOL(Set.of(AuthorityKind.values())),
    HEALTH(Set.of(AuthorityKind.ICB, AuthorityKind.NHS_TRUST)),
    SOCIAL_CARE(Set.of(AuthorityKind.COUNCIL));

    private final Set<AuthorityKind> kinds;

    ReviewAdviser(Set<AuthorityKind> kinds) {
        this.kinds = kinds;
    }

    /** Whether an authority of this kind can give this advice. */
    public boolean answeredBy(AuthorityKind kind) {
        return kinds.contains(kind);
    }
}
