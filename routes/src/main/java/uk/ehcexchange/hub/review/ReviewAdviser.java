package uk.ehcexchange.hub.review;

import java.util.Set;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.model.AuthorityKind;

/**
 * Whom a council asks for review advice (reg 20(2) / 21(2)): the head teacher or principal of the school or college,
 * health (an ICB or NHS trust) and social care (a council's team), each an authority in the hub's directory. The
 * name is also the clock's "waiting on" role.
 */
public enum ReviewAdviser {
    SCHOOL(WaitingOn.Role.SCHOOL, Set.of(AuthorityKind.values())),
    HEALTH(WaitingOn.Role.HEALTH, Set.of(AuthorityKind.ICB, AuthorityKind.NHS_TRUST)),
    SOCIAL_CARE(WaitingOn.Role.SOCIAL_CARE, Set.of(AuthorityKind.COUNCIL));

    private final WaitingOn.Role waitingOn;
    private final Set<AuthorityKind> kinds;

    ReviewAdviser(WaitingOn.Role waitingOn, Set<AuthorityKind> kinds) {
        this.waitingOn = waitingOn;
        this.kinds = kinds;
    }

    /** The party the advice clock waits on. */
    public WaitingOn.Role waitingOn() {
        return waitingOn;
    }

    /** Whether an authority of this kind can give this advice. */
    public boolean answeredBy(AuthorityKind kind) {
        return kinds.contains(kind);
    }
}
