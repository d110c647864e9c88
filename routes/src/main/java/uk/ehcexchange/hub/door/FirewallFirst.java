package uk.ehcexchange.hub.door;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs Spring Security's firewall ({@link HubFirewall}) before anything else looks at the path. Spring Security
 * applies it too, but only after its own filter has parsed the path for its matchers — a parse that fails outright
 * (a 500) on a path parameter in the segment a servlet is mapped at, such as {@code /fhir;x/metadata} — and after the
 * hub's size-limit and format filters. Hand-written because the ordering is the problem; the check is the library's.
 * Also lets an encoded {@code /} or {@code \} reach the firewall (Tomcat would refuse it with an HTML page), so it
 * too is answered with the door's own 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FirewallFirst extends OncePerRequestFilter
        implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final HttpFirewall firewall;
    private final RequestRejectedHandler refusal;

    FirewallFirst(HttpFirewall firewall, RequestRejectedHandler refusal) {
        this.firewall = firewall;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException rejected) {
            refusal.handle(request, response, rejected);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(FirewallFirst::passEncodedSlashesToTheFirewall);
    }

    /** For every connector, the peering one included. */
    public static void passEncodedSlashesToTheFirewall(Connector connector) {
        connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
        connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }
}
