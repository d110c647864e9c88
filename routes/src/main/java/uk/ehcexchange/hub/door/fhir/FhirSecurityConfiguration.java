package uk.ehcexchange.hub.door.fhir;

import static uk.ehcexchange.hub.door.Doors.path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.BearerCredentials;
import uk.ehcexchange.hub.door.CallerAuthentication;
import uk.ehcexchange.hub.door.Doors;
import uk.ehcexchange.hub.door.Listeners;
import uk.ehcexchange.hub.door.token.TokenEndpoint;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.model.validation.Violation;

/**
 * The FHIR door's chain: every interaction but the CapabilityStatement and the hub's FHIR package (definitions, no
 * personal data: what a partner reads before it has a key) needs an access token from /oauth2/token, checked before
 * HAPI's server reads anything.
 */
@FhirEnabled
@Configuration(proxyBeanMethods = false)
class FhirSecurityConfiguration {

    @Bean
    @Order(Doors.FHIR)
    SecurityFilterChain fhirDoor(HttpSecurity http, Listeners listeners, AuthenticationManager manager,
                                 FhirRefusalWriter outcomes) throws Exception {
        var unauthenticated = Doors.refusing(outcomes, Rejection.UNAUTHENTICATED, new Violation(
                HttpHeaders.AUTHORIZATION, "valid-access-token",
                "present a valid access token from " + TokenEndpoint.PATH + " as 'Authorization: Bearer <token>'"));
        var publicCalls = new OrRequestMatcher(path(HttpMethod.GET, FhirServer.PATH + "/metadata"),
                path(HttpMethod.GET, FhirPackageServlet.PATH));
        return Doors.stateless(http)
                .securityMatcher(new AndRequestMatcher(listeners.api(),
                        new OrRequestMatcher(path(FhirServer.PATH), path(FhirServer.PATH + "/**"))))
                .addFilterBefore(Doors.authenticating(manager, BearerCredentials.accessTokens(), unauthenticated,
                        publicCalls), AuthorizationFilter.class)
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(publicCalls).permitAll()
                        .anyRequest().hasRole(CallerAuthentication.NHS_SYSTEM))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(Doors.denying(outcomes, Rejection.UNAUTHENTICATED, new Violation(
                                HttpHeaders.AUTHORIZATION, "valid-access-token",
                                "an NHS system's access token is needed"))))
                .build();
    }
}
