package uk.ehcexchange.hub.door;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import uk.ehcexchange.hub.core.ClientIdentity;

/**
 * An authenticated caller: the client, the authority it acts for and, as Spring Security authorities, its role
 * ({@code ROLE_COUNCIL_SYSTEM}, {@code ROLE_SOCIAL_CARE}) or {@code ROLE_NHS_SYSTEM} for a /fhir client.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    /** The role of a trust's or ICB's system on /fhir, whose identity comes from an access token. */
    public static final String NHS_SYSTEM = "NHS_SYSTEM";

    private final ClientIdentity caller;

    private CallerAuthentication(ClientIdentity caller, String role) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.caller = caller;
        setAuthenticated(true);
    }

    /** A council's (or ICB's) API client, with the role it was configured with. */
    public static CallerAuthentication apiClient(ClientIdentity caller) {
        return new CallerAuthentication(caller, caller.role().name());
    }

    /** A trust's or ICB's /fhir client. */
    public static CallerAuthentication nhsSystem(ClientIdentity caller) {
        return new CallerAuthentication(caller, NHS_SYSTEM);
    }

    public ClientIdentity caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.clientId();
    }
}
