package uk.ehcexchange.hub.door.token;

import static uk.ehcexchange.hub.door.Doors.path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import uk.ehcexchange.hub.door.Doors;
import uk.ehcexchange.hub.door.Listeners;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/**
 * The token door's chain: /oauth2/token is public because the request itself carries the proof, a signed client
 * assertion that {@link TokenEndpoint} checks.
 */
@FhirEnabled
@Configuration(proxyBeanMethods = false)
class TokenSecurityConfiguration {

    @Bean
    @Order(Doors.TOKEN)
    SecurityFilterChain tokenDoor(HttpSecurity http, Listeners listeners) throws Exception {
        return Doors.stateless(http)
                .securityMatcher(new AndRequestMatcher(listeners.api(), path(TokenEndpoint.PATH)))
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .build();
    }
}
