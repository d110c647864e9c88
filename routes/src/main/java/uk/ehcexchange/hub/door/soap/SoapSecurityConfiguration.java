package uk.ehcexchange.hub.door.soap;

import static uk.ehcexchange.hub.door.Doors.path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import uk.ehcexchange.hub.door.Doors;
import uk.ehcexchange.hub.door.Listeners;

/**
 * The SOAP door's chain. Its credential travels inside the envelope (a WS-Security UsernameToken), where no servlet
 * filter can read it without reading the message, so the chain lets the request through to CXF and
 * {@link UsernameTokenAuthentication} hands the token to the same Spring Security authentication manager as the REST
 * door, in the first phase after the envelope's header is read and before the body is. The WSDL is public.
 */
@Configuration(proxyBeanMethods = false)
class SoapSecurityConfiguration {

    @Bean
    @Order(Doors.SOAP)
    SecurityFilterChain soapDoor(HttpSecurity http, Listeners listeners) throws Exception {
        return Doors.stateless(http).securityMatcher(new AndRequestMatcher(listeners.api(), path("/soap/**")))
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .build();
    }
}
