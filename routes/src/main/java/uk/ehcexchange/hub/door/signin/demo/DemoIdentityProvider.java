package uk.ehcexchange.hub.door.signin.demo;

import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import uk.ehcexchange.hub.auth.ApiKeys;
import uk.ehcexchange.hub.door.signin.BuiltInIdentityProvider;
import uk.ehcexchange.hub.door.signin.SignInPaths;

/**
 * Both ends of the demo sign-in: the provider's one registered client (the dashboard) and the dashboard's
 * registration at the provider, with a client secret invented at start and known to nobody else. Both name the
 * port the hub listens on, so they are made on the first sign-in, when it is known ({@code local.server.port}).
 */
class DemoIdentityProvider implements RegisteredClientRepository, BuiltInIdentityProvider {

    private static final String CLIENT_ID = "ehc-dashboard-demo";

    private final Environment environment;
    private final PasswordEncoder encoder;
    private final String secret = ApiKeys.generate();
    private volatile RegisteredClient client;

    DemoIdentityProvider(Environment environment, PasswordEncoder encoder) {
        this.environment = environment;
        this.encoder = encoder;
    }

    /** The issuer and the back-channel endpoints: the hub itself, over loopback. */
    private String self() {
        return "http://localhost:" + port();
    }

    private int port() {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("the demo identity provider is asked before the hub listens");
        }
        return port;
    }

    @Override
    public ClientRegistration registration() {
        String self = self();
        return ClientRegistration.withRegistrationId(SignInPaths.REGISTRATION)
                .clientId(CLIENT_ID)
                .clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}" + SignInPaths.CALLBACK_BASE + "/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                // Relative: the browser stays on whichever host name it reached the hub by (localhost, 127.0.0.1).
                .authorizationUri(DemoIdentityProviderConfiguration.BASE + "/oauth2/authorize")
                .tokenUri(self + DemoIdentityProviderConfiguration.BASE + "/oauth2/token")
                .jwkSetUri(self + DemoIdentityProviderConfiguration.BASE + "/oauth2/jwks")
                .issuerUri(self)
                .userNameAttributeName("sub")
                .clientName("EHC Exchange dashboard (demo identity provider)")
                .build();
    }

    private RegisteredClient client() {
        RegisteredClient known = client;
        if (known == null) {
            int port = port();
            known = RegisteredClient.withId(CLIENT_ID)
                    .clientId(CLIENT_ID)
                    .clientSecret(encoder.encode(secret))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUris(uris -> uris.addAll(List.of(
                            "http://localhost:" + port + SignInPaths.CALLBACK,
                            "http://127.0.0.1:" + port + SignInPaths.CALLBACK)))
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
            client = known;
        }
        return known;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("the demo identity provider has one client, made at start");
    }

    @Override
    public RegisteredClient findById(String id) {
        return CLIENT_ID.equals(id) ? client() : null;
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return CLIENT_ID.equals(clientId) ? client() : null;
    }
}
