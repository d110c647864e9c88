package uk.ehcexchange.hub.door;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A secret a caller presented, not yet checked: an API key (REST header or SOAP UsernameToken), a /fhir access
 * token or an operator's key (management port). The {@link org.springframework.security.authentication.AuthenticationManager} turns it into a
 * {@link CallerAuthentication} or refuses it; the secret never reaches a log or the audit trail.
 *
 * @param kind            what the secret is
 * @param claimedClientId the client id sent beside it (a UsernameToken's Username), or null
 */
public final class PresentedCredential extends AbstractAuthenticationToken {

    /** Each kind of secret is checked by one provider. */
    public enum Kind { API_KEY, ACCESS_TOKEN, OPERATOR_KEY }

    private final Kind kind;
    private final String secret;
    private final String claimedClientId;

    public PresentedCredential(Kind kind, String secret, String claimedClientId) {
        super(List.of());
        this.kind = kind;
        this.secret = secret;
        this.claimedClientId = claimedClientId;
        setAuthenticated(false);
    }

    public Kind kind() {
        return kind;
    }

    public String claimedClientId() {
        return claimedClientId;
    }

    @Override
    public Object getCredentials() {
        return secret;
    }

    @Override
    public Object getPrincipal() {
        return claimedClientId;
    }
}
