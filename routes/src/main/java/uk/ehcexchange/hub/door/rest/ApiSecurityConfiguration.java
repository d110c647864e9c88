package uk.ehcexchange.hub.door.rest;

import static uk.ehcexchange.hub.door.Doors.path;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.BearerCredentials;
import uk.ehcexchange.hub.door.CallerAuthentication;
import uk.ehcexchange.hub.door.Doors;
import uk.ehcexchange.hub.door.Listeners;
import uk.ehcexchange.model.validation.Violation;

/**
 * The council REST API's chain: an API key on every call but the OpenAPI document, checked before any controller or
 * message converter sees the request, then the role table ({@link ApiRoleRules}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(Doors.API)
    SecurityFilterChain apiDoor(HttpSecurity http, Listeners listeners, AuthenticationManager manager,
                                ProblemRefusalWriter problems) throws Exception {
        var unauthenticated = Doors.refusing(problems, Rejection.UNAUTHENTICATED, new Violation(
                HttpHeaders.AUTHORIZATION, "valid-api-key",
                "present a valid API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"));
        var publicCalls = path(HttpMethod.GET, ApiRoleRules.OPENAPI_DOCUMENT);
        ApiRoleRules roles = new ApiRoleRules();
        return Doors.stateless(http).securityMatcher(new AndRequestMatcher(listeners.api(), path("/api/v1/**")))
                .addFilterBefore(
                        Doors.authenticating(manager, BearerCredentials.apiKeys(), unauthenticated, publicCalls),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().access((authentication, context) ->
                                roles.check(authentication, context.getRequest())))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, denied) -> problems.refuse(request, response,
                                Rejection.NOT_PERMITTED_FOR_ROLE, roleViolation())))
                .build();
    }

    private static Violation roleViolation() {
        ClientIdentity caller = SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication c
                ? c.caller() : null;
        String role = caller == null ? "unknown" : caller.role().label();
        return new Violation("$", "role-" + role, "client " + (caller == null ? "?" : caller.clientId())
                + " has the role " + role + ", which may not make this call");
    }
}
