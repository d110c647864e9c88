package uk.ehcexchange.hub.door.fhir;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehcexchange.hub.door.SizeLimitedRequest;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirProperties;

/**
 * Caps the body of every /fhir request at {@code ehc.fhir.max-request-size} while it is read, so a chunked body
 * that keeps growing fails as soon as it passes the limit. The refusal itself is an OperationOutcome, written by
 * the FHIR server ({@link FhirRequestGuard} refuses a declared Content-Length over the limit before reading).
 */
@FhirEnabled
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FhirRequestLimitFilter extends OncePerRequestFilter {

    private final long limit;

    FhirRequestLimitFilter(FhirProperties properties) {
        this.limit = properties.maxRequestSize().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals(FhirServer.PATH) || path.startsWith(FhirServer.PATH + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new SizeLimitedRequest(request, limit), response);
    }
}
