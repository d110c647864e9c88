package uk.ehcexchange.hub.door;

import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;

/**
 * Which listener a request arrived on, told by the local port of the connection — the connector — never by its
 * path: the API port serves councils, trusts and load balancers; the peering port (mutual TLS) only other hubs;
 * the management port (loopback by default) only operators' tools.
 */
@Component
public class Listeners {

    /** Where Spring Boot publishes the port the management server bound (also when configured as 0). */
    private static final String MANAGEMENT_PORT = "local.management.port";

    private final Environment environment;
    private final int peeringPort;

    public Listeners(Environment environment, HubProperties properties) {
        this.environment = environment;
        this.peeringPort = properties.peering() == null ? 0 : properties.peering().port();
    }

    public RequestMatcher management() {
        return request -> {
            Integer port = environment.getProperty(MANAGEMENT_PORT, Integer.class);
            return port != null && port > 0 && request.getLocalPort() == port;
        };
    }

    public RequestMatcher peering() {
        return request -> peeringPort > 0 && request.getLocalPort() == peeringPort;
    }

    /** The public API port: neither of the others. */
    public RequestMatcher api() {
        RequestMatcher management = management();
        RequestMatcher peering = peering();
        return request -> !management.matches(request) && !peering.matches(request);
    }
}
