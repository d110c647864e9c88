package uk.ehcexchange.hub.door.signin;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.ehcexchange.hub.dashboard.DashboardViewer.ViewerKind;

/**
 * How people sign in to the dashboard ({@code ehc.sign-in.*}): the OpenID Connect provider and the hub's client at
 * it, which of the person's claims say their organisation and role, and how long an idle session lasts.
 * docs/operations.md ("Sign-in for people") lists each setting. With no issuer (and outside demo mode) there is no
 * sign-in and no dashboard: its paths answer 404.
 *
 * @param issuerUri         the provider's issuer, exactly as its ID tokens say it ({@code iss}); also where its
 *                          discovery document is read, on the first sign-in (not at start) unless all three
 *                          endpoints below are given
 * @param clientId          the hub's client id at the provider
 * @param clientSecret      the hub's client secret at the provider ({@code client_secret_basic})
 * @param scopes            what the hub asks for; {@code openid} is needed
 * @param authorizationUri  the provider's authorisation endpoint, when not read from discovery
 * @param tokenUri          the provider's token endpoint, when not read from discovery
 * @param jwkSetUri         the provider's signing keys, when not read from discovery
 * @param organisationClaim the ID token claim that carries the person's organisation code (LA code or ODS code)
 * @param roleClaim         the claim that carries the person's role(s): a string or a list of strings
 * @param roles             each role value the hub accepts and the kind of dashboard viewer it makes; any other
 *                          value is ignored, and a person with none (or with two different kinds) is refused
 * @param subjectClaim      the claim that identifies the person stably ({@code sub}; Entra ID's {@code oid} too)
 * @param nameClaim         the claim with the person's name, shown in the page header only
 * @param idleTimeout       a session unused for this long is over: the person signs in again
 * @param secureCookie      mark the session cookie {@code Secure}: true whenever people reach the hub over https
 */
@ConfigurationProperties("ehc.sign-in")
public record SignInProperties(
        URI issuerUri,
        String clientId,
        String clientSecret,
        @DefaultValue({"openid", "profile"}) List<String> scopes,
        URI authorizationUri,
        URI tokenUri,
        URI jwkSetUri,
        @DefaultValue("ehc_organisation") String organisationClaim,
        @DefaultValue("roles") String roleClaim,
        Map<String, ViewerKind> roles,
        @DefaultValue("sub") String subjectClaim,
        @DefaultValue("name") String nameClaim,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("true") boolean secureCookie) {

    /** The role values of the demonstration identity provider, and a sensible naming for any other provider. */
    public static final Map<String, ViewerKind> DEFAULT_ROLES = Map.of(
            "EHC.Dashboard.Council", ViewerKind.COUNCIL,
            "EHC.Dashboard.Health", ViewerKind.HEALTH,
            "EHC.Dashboard.Operator", ViewerKind.OPERATOR);

    public SignInProperties {
        scopes = List.copyOf(scopes);
        roles = roles == null || roles.isEmpty() ? DEFAULT_ROLES : Map.copyOf(roles);
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalStateException("ehc.sign-in.idle-timeout must be positive");
        }
    }

    /** Whether the provider's endpoints are all configured, so that no discovery document is needed. */
    boolean endpointsGiven() {
        return authorizationUri != null && tokenUri != null && jwkSetUri != null;
    }
}
