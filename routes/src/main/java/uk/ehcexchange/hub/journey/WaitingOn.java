package uk.ehcexchange.hub.journey;

import java.util.Objects;

/**
 * Whom a clock is waiting for: the kind of party, and the authority code when the hub knows it (a council's own
 * clocks carry the council's code; the family has none). Lists of what is due are asked for by either.
 */
public record WaitingOn(Role role, String code) {

    public enum Role {
        COUNCIL, HEALTH, SOCIAL_CARE, SCHOOL, EDUCATIONAL_PSYCHOLOGY, PARENT_OR_YOUNG_PERSON, OTHER_ADVISER
    }

    public WaitingOn {
        Objects.requireNonNull(role, "role");
    }

    public static WaitingOn council(String code) {
        return new WaitingOn(Role.COUNCIL, code);
    }

    public static WaitingOn family() {
        return new WaitingOn(Role.PARENT_OR_YOUNG_PERSON, null);
    }
}
