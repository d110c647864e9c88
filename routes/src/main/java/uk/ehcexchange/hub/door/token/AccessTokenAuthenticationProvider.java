package uk.ehcexchange.hub.door.token;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.door.CallerAuthentication;
import uk.ehcexchange.hub.door.PresentedCredential;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/** Checks a /fhir bearer access token against those {@code /oauth2/token} issued (held as SHA-256, with expiry). */
@FhirEnabled
@Component
class AccessTokenAuthenticationProvider implements AuthenticationProvider {

    private final AccessTokens tokens;

    AccessTokenAuthenticationProvider(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        PresentedCredential presented = (PresentedCredential) authentication;
        if (presented.kind() != PresentedCredential.Kind.ACCESS_TOKEN) {
            return null; // another provider's kind of secret
        }
        return tokens.authenticate((String) presented.getCredentials())
                .map(CallerAuthentication::nhsSystem)
                .orElseThrow(() -> new BadCredentialsException("no unexpired access token matches"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedCredential.class.isAssignableFrom(authentication);
    }
}
