package uk.ehcexchange.hub.peering;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.web.Problems;
import uk.ehcexchange.hub.web.Rejection;
import uk.ehcexchange.model.validation.Violation;

/**
 * Keeps the two doors apart: {@code /peer/**} answers only on the peering port to a caller that presented a
 * verified client certificate, and nothing else is served there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeerPortGuard extends OncePerRequestFilter {

    static final String PEER_PATH = "/peer/";
    private static final String CLIENT_CERTIFICATE = "jakarta.servlet.request.X509Certificate";

    private final int peeringPort;
    private final Problems problems;

    PeerPortGuard(HubProperties properties, Problems problems) {
        this.peeringPort = properties.peering() == null ? 0 : properties.peering().port();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean onPeeringPort = peeringPort != 0 && request.getLocalPort() == peeringPort;
        boolean peerPath = request.getRequestURI().startsWith(PEER_PATH);
        boolean certified = request.getAttribute(CLIENT_CERTIFICATE) instanceof X509Certificate[] certificates
                && certificates.length > 0;
        if (peerPath != onPeeringPort || (peerPath && !certified)) {
            problems.write(request, response, Rejection.NOT_FOUND, "there is no such resource on this port",
                    List.of(new Violation("path", "known-resource", "there is no such resource on this port")));
            return;
        }
        chain.doFilter(request, response);
    }
}
