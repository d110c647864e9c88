package uk.ehcexchange.hub.door;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated operator of the hub (management port only): a named person, never a council's or trust's system,
 * with the one role {@code ROLE_OPERATOR}. {@link #getName()} is the name configured in {@code ehc.operators}.
 */
public final class OperatorAuthentication extends AbstractAuthenticationToken {

    public static final String OPERATOR = "OPERATOR";

    private final String name;

    public OperatorAuthentication(String name) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + OPERATOR)));
        this.name = name;
        setAuthenticated(true);
    }

    /** How the audit trail names the operator: {@code operator:<name>}, never to be mistaken for an authority code. */
    public static String actor(String name) {
        return "operator:" + name;
    }

    public String actor() {
        return actor(name);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }
}
