package uk.ehcexchange.hub.door.signin;

import java.util.function.Supplier;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The dashboard's one client registration, made on the first sign-in rather than at start: a hub must start (and
 * serve the API) while the identity provider is unreachable, and the demo provider is the hub itself, which does not
 * listen yet while it starts. A failed discovery is not remembered: the next sign-in tries again.
 */
class LazyClientRegistrations implements ClientRegistrationRepository {

    private final Supplier<ClientRegistration> source;
    private volatile ClientRegistration registration;

    LazyClientRegistrations(Supplier<ClientRegistration> source) {
        this.source = source;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SignInPaths.REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = source.get();
                }
                known = registration;
            }
        }
        return known;
    }

    /** From the settings: the endpoints as given, or else from the issuer's discovery document. */
    static ClientRegistration configured(SignInProperties settings) {
        if (settings.clientId() == null || settings.clientId().isBlank()) {
            throw new IllegalStateException("ehc.sign-in.client-id is needed with ehc.sign-in.issuer-uri");
        }
        ClientRegistration.Builder builder = settings.endpointsGiven()
                ? ClientRegistration.withRegistrationId(SignInPaths.REGISTRATION)
                        .authorizationUri(settings.authorizationUri().toString())
                        .tokenUri(settings.tokenUri().toString())
                        .jwkSetUri(settings.jwkSetUri().toString())
                        .issuerUri(settings.issuerUri().toString())
                : ClientRegistrations.fromIssuerLocation(settings.issuerUri().toString())
                        .registrationId(SignInPaths.REGISTRATION);
        return common(builder, settings.clientId(), settings.clientSecret(), settings)
                .build();
    }

    /** What every registration of the dashboard's client has, whichever provider it is at. */
    static ClientRegistration.Builder common(ClientRegistration.Builder builder, String clientId, String secret,
                                             SignInProperties settings) {
        return builder.clientId(clientId)
                .clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}" + SignInPaths.CALLBACK_BASE + "/{registrationId}")
                .scope(settings.scopes())
                .userNameAttributeName("sub")
                .clientName("EHC Exchange dashboard");
    }
}
