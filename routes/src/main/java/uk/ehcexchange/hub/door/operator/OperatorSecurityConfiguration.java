package uk.ehcexchange.hub.door.operator;

import static uk.ehcexchange.hub.door.Doors.path;

import jakarta.servlet.DispatcherType;
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
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.BearerCredentials;
import uk.ehcexchange.hub.door.Doors;
import uk.ehcexchange.hub.door.Listeners;
import uk.ehcexchange.hub.door.OperatorAuthentication;
import uk.ehcexchange.hub.door.rest.ProblemRefusalWriter;
import uk.ehcexchange.model.validation.Violation;

/**
 * The operator door's chain, on the management port, in front of {@link DeliveriesEndpoint} and
 * {@link Sen2Endpoint}: every call needs a named operator's key ({@code ehc.operators}) as {@code Authorization: Bearer <key>}; none, or a key no operator
 * has, is 401 — and with no operators configured, every call is. Methods and paths the endpoint does not serve are
 * 404, as on the rest of the management port. Health, info and prometheus stay with the management chain.
 */
@Configuration(proxyBeanMethods = false)
class OperatorSecurityConfiguration {

    static final String DELIVERIES = "/actuator/deliveries";
    /** A council's SEN2 return ({@link Sen2Endpoint}). */
    static final String SEN2 = "/actuator/sen2";

    @Bean
    @Order(Doors.OPERATOR)
    SecurityFilterChain operatorDoor(HttpSecurity http, Listeners listeners, AuthenticationManager manager,
                                     ProblemRefusalWriter problems) throws Exception {
        var unauthenticated = Doors.refusing(problems, Rejection.UNAUTHENTICATED, new Violation(
                HttpHeaders.AUTHORIZATION, "valid-operator-key",
                "present an operator's key (ehc.operators) as 'Authorization: Bearer <key>'"));
        RequestMatcher nothingPublic = request -> false;
        return Doors.stateless(http)
                .securityMatcher(new AndRequestMatcher(listeners.management(),
                        new OrRequestMatcher(path(DELIVERIES), path(DELIVERIES + "/**"), path(SEN2 + "/**"))))
                .addFilterBefore(
                        Doors.authenticating(manager, BearerCredentials.operatorKeys(), unauthenticated, nothingPublic),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(path(HttpMethod.GET, DELIVERIES), path(HttpMethod.GET, DELIVERIES + "/*"),
                                path(HttpMethod.POST, DELIVERIES + "/*/retry"),
                                path(HttpMethod.POST, DELIVERIES + "/*/discard"),
                                path(HttpMethod.GET, SEN2 + "/*/*"))
                        .hasRole(OperatorAuthentication.OPERATOR)
                        .anyRequest().denyAll())
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, denied) -> problems.refuse(request, response,
                                Rejection.NOT_FOUND, Doors.noSuchResource())))
                .build();
    }
}
