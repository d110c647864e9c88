package uk.ehcexchange.hub.door.peering;

import static uk.ehcexchange.hub.door.Doors.path;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.SecurityFilterChain;
import uk.ehcexchange.hub.door.Doors;
import uk.ehcexchange.hub.door.Listeners;
import uk.ehcexchange.hub.door.RefusalFormats;

/**
 * The peering port's chain: only other hubs, identified by the client certificate the TLS handshake verified
 * against the peer CAs ({@link PeeringConnector}), and only the two peering calls. Everything else on that port, and
 * the peering paths on any other port (the "nowhere" chain), is 404, whoever asks.
 */
@Configuration(proxyBeanMethods = false)
class PeeringSecurityConfiguration {

    private static final String PEER_HUB = "PEER_HUB";

    @Bean
    @Order(Doors.PEERING)
    SecurityFilterChain peeringDoor(HttpSecurity http, Listeners listeners, RefusalFormats formats)
            throws Exception {
        return Doors.stateless(http).securityMatcher(listeners.peering())
                .x509(certificates -> certificates.authenticationUserDetailsService(token -> new User(
                        String.valueOf(token.getPrincipal()), "",
                        List.of(new SimpleGrantedAuthority("ROLE_" + PEER_HUB)))))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(path(HttpMethod.POST, "/peer/v1/packages/*"),
                                path(HttpMethod.POST, "/peer/v1/receipts/*")).hasRole(PEER_HUB)
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(refusals -> Doors.notFound(refusals, formats))
                .build();
    }
}
