package uk.ehcexchange.hub.fhir.auth;

import static uk.ehcexchange.hub.auth.Doors.path;

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
import uk.ehcexchange.hub.auth.BearerCredentials;
import uk.ehcexchange.hub.auth.CallerAuthentication;
import uk.ehcexchange.hub.auth.Doors;
import uk.ehcexchange.hub.auth.Listeners;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirRefusalWriter;
import uk.ehcexchange.hub.fhir.FhirServer;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.model.validation.Violation;

/**
 * The chains of the NHS doors: /fhir, where every interaction but the CapabilityStatement needs an access token,
 * checked before HAPI's server reads anything; and /oauth2/token, which is public because the request itself
 * carries the proof (a signed client assertion, checked by {@link TokenEndpoint}).
 */
@FhirEnabled
@Configuration(proxyBeanMethods = false)
class FhirSecurityConfiguration {

    @Bean
    @Order(Doors.FHIR)
    SecurityFilterChain fhirDoor(HttpSecurity http, Listeners listeners, AuthenticationManager manager,
                                 FhirRefusalWriter outcomes) throws Exception {
        var unauthenticated = Doors.refusing(outcomes, Rejection.UNAUTHENTICATED, new Violation(HttpHeaders.AUTHORIZATION,
                "valid-access-token", "present a valid access token from " + FhirServer.TOKEN_PATH
                        + " as 'Authorization: Bearer <token>'"));
        var capabilityStatement = path(HttpMethod.GET, FhirServer.PATH + "/metadata");
        return Doors.stateless(http)
                .securityMatcher(new AndRequestMatcher(listeners.api(),
                        new OrRequestMatcher(path(FhirServer.PATH), path(FhirServer.PATH + "/**"))))
                .addFilterBefore(Doors.authenticating(manager, BearerCredentials.accessTokens(), unauthenticated,
                        capabilityStatement), AuthorizationFilter.class)
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(capabilityStatement).permitAll()
                        .anyRequest().hasRole(CallerAuthentication.NHS_SYSTEM))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(Doors.denying(outcomes, Rejection.UNAUTHENTICATED, new Violation(
                                HttpHeaders.AUTHORIZATION, "valid-access-token", "an NHS system's access token is needed"))))
                .build();
    }

    @Bean
    @Order(Doors.TOKEN)
    SecurityFilterChain tokenDoor(HttpSecurity http, Listeners listeners) throws Exception {
        return Doors.stateless(http)
                .securityMatcher(new AndRequestMatcher(listeners.api(), path(FhirServer.TOKEN_PATH)))
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .build();
    }
}
