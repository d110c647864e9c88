package uk.ehcexchange.hub.auth;

import static uk.ehcexchange.hub.auth.Doors.path;

import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import uk.ehcexchange.hub.web.ProblemRefusalWriter;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.model.validation.Violation;

/**
 * Spring Security in front of everything the hub serves: the firewall, the one authentication manager, and the
 * chains of the REST API, the probes, the management port and "everything else" (404). The SOAP, FHIR, token and
 * peering doors define their chains beside their code, with the same {@link Doors} helpers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class HubSecurityConfiguration {

    /** API keys (REST and SOAP) and, when /fhir is on, access tokens. */
    @Bean
    AuthenticationManager authenticationManager(List<AuthenticationProvider> providers) {
        ProviderManager manager = new ProviderManager(providers);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    HttpFirewall httpFirewall() {
        return new HubFirewall();
    }

    /**
     * A request the firewall refuses is answered 400 in its door's own format. Which door is told from the first
     * segment of the raw path, only to choose that format: the request goes no further whatever it says.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemRefusalWriter problems, Map<String, RefusalWriter> writers) {
        Violation violation = new Violation("path", "normalised-path", "the path must be plain: no ';' parameters, "
                + "no encoded '/', '\\', '.', '%' or needlessly encoded characters, no '.' or '..' segments, no '//'");
        return (request, response, rejected) -> {
            String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
            RefusalWriter writer = uri.startsWith("/fhir") && writers.containsKey("fhirRefusalWriter")
                    ? writers.get("fhirRefusalWriter")
                    : uri.startsWith("/soap") ? writers.get("soapRefusalWriter") : problems;
            writer.refuse(request, response, Rejection.REQUEST_REJECTED, violation);
        };
    }

    /** Actuator, on the management port only: health, info and metrics for operators' tools; nothing else. */
    @Bean
    @Order(Doors.MANAGEMENT)
    SecurityFilterChain managementDoor(HttpSecurity http, Listeners listeners, ProblemRefusalWriter problems)
            throws Exception {
        return Doors.stateless(http).securityMatcher(listeners.management())
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(path(HttpMethod.GET, "/actuator/health/**"), path(HttpMethod.GET, "/actuator/info"),
                                path(HttpMethod.GET, "/actuator/prometheus")).permitAll()
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(refusals -> notFound(refusals, problems))
                .build();
    }

    /**
     * The council REST API: an API key on every call but the OpenAPI document, checked before any controller or
     * message converter sees the request, then the role table ({@link ApiRoleRules}).
     */
    @Bean
    @Order(Doors.API)
    SecurityFilterChain apiDoor(HttpSecurity http, Listeners listeners, AuthenticationManager manager,
                                ProblemRefusalWriter problems) throws Exception {
        var unauthenticated = Doors.refusing(problems, Rejection.UNAUTHENTICATED, new Violation(HttpHeaders.AUTHORIZATION,
                "valid-api-key", "present a valid API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"));
        var publicCalls = path(HttpMethod.GET, ApiRoleRules.OPENAPI_DOCUMENT);
        ApiRoleRules roles = new ApiRoleRules();
        return Doors.stateless(http).securityMatcher(new AndRequestMatcher(listeners.api(), path("/api/v1/**")))
                .addFilterBefore(Doors.authenticating(manager, BearerCredentials.apiKeys(), unauthenticated, publicCalls),
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

    /** Liveness and readiness for load balancers, on the API port, without credentials; all else is on management. */
    @Bean
    @Order(Doors.PROBES)
    SecurityFilterChain probes(HttpSecurity http, Listeners listeners) throws Exception {
        return Doors.stateless(http)
                .securityMatcher(new AndRequestMatcher(listeners.api(),
                        new OrRequestMatcher(path(HttpMethod.GET, "/livez"), path(HttpMethod.GET, "/readyz"))))
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .build();
    }

    /** Every path of any listener that no door above claims — /peer or /actuator on the API port included: 404. */
    @Bean
    @Order(Doors.NOWHERE)
    SecurityFilterChain nowhere(HttpSecurity http, ProblemRefusalWriter problems) throws Exception {
        return Doors.stateless(http)
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(refusals -> notFound(refusals, problems))
                .build();
    }

    private static void notFound(ExceptionHandlingConfigurer<HttpSecurity> refusals, RefusalWriter writer) {
        refusals.authenticationEntryPoint(Doors.refusing(writer, Rejection.NOT_FOUND, Doors.noSuchResource()))
                .accessDeniedHandler(Doors.denying(writer, Rejection.NOT_FOUND, Doors.noSuchResource()));
    }

    private static Violation roleViolation() {
        ClientIdentity caller = SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication c
                ? c.caller() : null;
        String role = caller == null ? "unknown" : caller.role().label();
        return new Violation("$", "role-" + role, "client " + (caller == null ? "?" : caller.clientId())
                + " has the role " + role + ", which may not make this call");
    }
}
