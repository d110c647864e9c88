package uk.ehcexchange.hub.auth;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.door.OperatorAuthentication;
import uk.ehcexchange.hub.door.PresentedCredential;

/** Checks an operator's key, presented on the management port's operator API. */
@Component
public class OperatorKeyAuthenticationProvider implements AuthenticationProvider {

    private final OperatorRegistry registry;

    public OperatorKeyAuthenticationProvider(OperatorRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        PresentedCredential presented = (PresentedCredential) authentication;
        if (presented.kind() != PresentedCredential.Kind.OPERATOR_KEY) {
            return null; // another provider's kind of secret
        }
        return registry.authenticate((String) presented.getCredentials())
                .map(OperatorAuthentication::new)
                .orElseThrow(() -> new BadCredentialsException("no operator has that key"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedCredential.class.isAssignableFrom(authentication);
    }
}
