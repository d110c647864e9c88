package uk.ehcexchange.hub.auth;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.door.CallerAuthentication;
import uk.ehcexchange.hub.door.PresentedCredential;

/**
 * Checks a council system's API key, however it was carried: a REST header, or the PasswordText of a SOAP
 * UsernameToken, whose Username must then be the key's client id. One key, rotated one way, opens both doors.
 */
@Component
public class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ApiKeyRegistry registry;

    public ApiKeyAuthenticationProvider(ApiKeyRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        PresentedCredential presented = (PresentedCredential) authentication;
        if (presented.kind() != PresentedCredential.Kind.API_KEY) {
            return null; // another provider's kind of secret
        }
        return registry.authenticate((String) presented.getCredentials())
                .filter(client -> presented.claimedClientId() == null
                        || client.clientId().equals(presented.claimedClientId()))
                .map(CallerAuthentication::apiClient)
                .orElseThrow(() -> new BadCredentialsException("no client has that API key"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedCredential.class.isAssignableFrom(authentication);
    }
}
