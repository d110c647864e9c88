package uk.ehcexchange.hub.door;

import static uk.ehcexchange.hub.door.Doors.path;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.model.validation.Violation;

/**
 * Spring Security in front of everything the hub serves: the firewall, the one authentication manager, and the
 * chains of the probes, the management port and "everything else" (404). Each door — REST, SOAP, FHIR, token,
 * peering — defines its chain beside its code, with the same {@link Doors} helpers.
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
    RequestRejectedHandler requestRejectedHandler(RefusalFormats formats) {
        Violation violation = new Violation("path", "normalised-path", "the path must be plain: no ';' parameters, "
                + "no encoded '/', '\\', '.', '%' or needlessly encoded characters, no '.' or '..' segments, no '//'");
        return (request, response, rejected) ->
                formats.formatFor(request).refuse(request, response, Rejection.REQUEST_REJECTED, violation);
    }

    /** Actuator, on the management port only: health, info and metrics for operators' tools; nothing else. */
    @Bean
    @Order(Doors.MANAGEMENT)
    SecurityFilterChain managementDoor(HttpSecurity http, Listeners listeners, RefusalFormats formats)
            throws Exception {
        return Doors.stateless(http).securityMatcher(listeners.management())
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(path(HttpMethod.GET, "/actuator/health/**"),
                                path(HttpMethod.GET, "/actuator/info"),
                                path(HttpMethod.GET, "/actuator/prometheus")).permitAll()
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(refusals -> Doors.notFound(refusals, formats))
                .build();
    }

    /** Liveness and readiness for load balancers, on the API port, without credentials; all else is on management. */
    @Bean
    @Order(Doors.PROBES)
    SecurityFilterChain probes(HttpSecurity http, Listeners listeners) throws Exception {
        return Doors.stateless(http)
                .securityMatcher(new AndRequestMatcher(listeners.api(),
                        new OrRequestMatcher(path(HttpMethod.GET, "/livez"), path(HttpMethod.GET, "/readyz"),
                                path(HttpMethod.GET, "/readyz-fhir"))))
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .build();
    }

    /** Every path of any listener that no door above claims — /peer or /actuator on the API port included: 404. */
    @Bean
    @Order(Doors.NOWHERE)
    SecurityFilterChain nowhere(HttpSecurity http, RefusalFormats formats) throws Exception {
        return Doors.stateless(http)
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(refusals -> Doors.notFound(refusals, formats))
                .build();
    }

}
