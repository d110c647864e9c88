package uk.ehcexchange.hub.door.signin.demo;

import static uk.ehcexchange.hub.door.Doors.path;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.core.env.Environment;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.door.Doors;
import uk.ehcexchange.hub.door.Listeners;

/**
 * Demo mode only: an OpenID Connect identity provider inside the hub (Spring Authorization Server), so that
 * {@code ./run-hub} can show the dashboard's sign-in with nothing else running. Its endpoints live under
 * {@code /demo-idp/} (the FHIR door's {@code /oauth2/token} stays the FHIR door's); its issuer is the hub's own
 * address. The person's login there and their dashboard session share one browser session but not its security
 * context or saved request (each under its own session attribute), so being signed in at the provider never makes
 * anyone a dashboard viewer: only the provider's ID token, through the dashboard's client, does.
 * Outside demo mode none of this exists (and Spring Boot's own authorization-server auto-configuration is excluded
 * in application.yml).
 */
@ConditionalOnProperty(prefix = "ehc", name = "demo-mode", havingValue = "true")
@Configuration(proxyBeanMethods = false)
class DemoIdentityProviderConfiguration {

    static final String BASE = "/demo-idp";
    static final String LOGIN = BASE + "/login";

    /** The provider's session attributes, apart from the dashboard's. */
    private static final String CONTEXT_ATTRIBUTE = "EHC_DEMO_IDP_SECURITY_CONTEXT";
    private static final String SAVED_REQUEST_ATTRIBUTE = "EHC_DEMO_IDP_SAVED_REQUEST";

    @Bean
    DemoUsers demoUsers(HubProperties hub) {
        return new DemoUsers(hub.dataDir());
    }

    @Bean
    DemoIdentityProvider demoIdentityProvider(Environment environment, DemoUsers users) {
        return new DemoIdentityProvider(environment, users.encoder());
    }

    @Bean
    AuthorizationServerSettings demoAuthorizationServerSettings() {
        return AuthorizationServerSettings.builder()
                .authorizationEndpoint(BASE + "/oauth2/authorize")
                .pushedAuthorizationRequestEndpoint(BASE + "/oauth2/par")
                .deviceAuthorizationEndpoint(BASE + "/oauth2/device_authorization")
                .deviceVerificationEndpoint(BASE + "/oauth2/device_verification")
                .tokenEndpoint(BASE + "/oauth2/token")
                .jwkSetEndpoint(BASE + "/oauth2/jwks")
                .tokenRevocationEndpoint(BASE + "/oauth2/revoke")
                .tokenIntrospectionEndpoint(BASE + "/oauth2/introspect")
                .oidcClientRegistrationEndpoint(BASE + "/connect/register")
                .oidcUserInfoEndpoint(BASE + "/userinfo")
                .oidcLogoutEndpoint(BASE + "/connect/logout")
                .build();
    }

    /** A signing key made at start: ID tokens of an earlier run are worthless, as demo credentials should be. */
    @Bean
    JWKSource<SecurityContext> demoSigningKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Spring Authorization Server's OpenID Connect endpoints (user info) check its own tokens with this. */
    @Bean
    JwtDecoder demoProviderTokens(JWKSource<SecurityContext> demoSigningKey) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(demoSigningKey);
    }

    /** What the dashboard reads from an ID token: the organisation, the role and the name (the default claims). */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoIdTokenClaims(DemoUsers users) {
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            users.find(context.getPrincipal().getName()).ifPresent(person -> context.getClaims().claims(claims -> {
                claims.put("name", person.name());
                claims.put("roles", List.of(person.role()));
                if (person.organisation() != null) {
                    claims.put("ehc_organisation", person.organisation());
                }
            }));
        };
    }

    /** The protocol endpoints: a person not yet signed in at the provider is sent to its login form. */
    @Bean
    @Order(Doors.DEMO_IDENTITY_PROVIDER)
    SecurityFilterChain demoIdentityProviderDoor(HttpSecurity http, Listeners listeners) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        return http.securityMatcher(new AndRequestMatcher(listeners.api(), server.getEndpointsMatcher()))
                .with(server, provider -> provider
                        .oidc(Customizer.withDefaults())
                        .authorizationEndpoint(authorize -> authorize.authenticationProviders(providers ->
                                providers.forEach(DemoIdentityProviderConfiguration::exactRedirectUris))))
                .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contextRepository()))
                .requestCache(cache -> cache.requestCache(requestCache()))
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN)))
                .headers(headers -> headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store")))
                .build();
    }

    /** The provider's login form (GET shows it, POST checks the demo password), with its CSRF token. */
    @Bean
    @Order(Doors.DEMO_IDENTITY_PROVIDER_LOGIN)
    SecurityFilterChain demoIdentityProviderLogin(HttpSecurity http, Listeners listeners, DemoUsers users)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users.userDetails());
        passwords.setPasswordEncoder(users.encoder());
        return http.securityMatcher(new AndRequestMatcher(listeners.api(), path(LOGIN)))
                .authenticationManager(new ProviderManager(passwords))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(path(HttpMethod.GET, LOGIN), path(HttpMethod.POST, LOGIN)).permitAll()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN).failureUrl(LOGIN + "?error"))
                .securityContext(context -> context.securityContextRepository(contextRepository()))
                .requestCache(cache -> cache.requestCache(requestCache()))
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store"))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")))
                .build();
    }

    private static HttpSessionSecurityContextRepository contextRepository() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        return repository;
    }

    private static HttpSessionRequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setSessionAttrName(SAVED_REQUEST_ATTRIBUTE);
        return cache;
    }

    /**
     * Spring Authorization Server refuses {@code localhost} redirect URIs (OAuth 2.1 prefers 127.0.0.1), but the
     * README sends people to http://localhost:8080: the demo client's redirect URIs are matched exactly instead.
     */
    private static void exactRedirectUris(Object provider) {
        if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider codeRequests) {
            Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> exact = context -> {
                OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
                String requested = request.getRedirectUri();
                if (requested == null || !context.getRegisteredClient().getRedirectUris().contains(requested)) {
                    throw new OAuth2AuthorizationCodeRequestAuthenticationException(new OAuth2Error(
                            OAuth2ErrorCodes.INVALID_REQUEST, "redirect_uri is not registered", null),
                            request);
                }
            };
            codeRequests.setAuthenticationValidator(
                    exact.andThen(OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR));
        }
    }
}
