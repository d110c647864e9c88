package uk.ehcexchange.hub.door.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.SizeLimitedRequest;
import uk.ehcexchange.model.validation.Violation;

/**
 * Refuses bodies over {@code ehc.max-request-size} ({@code ehc.max-document-size} for plan documents): at once when
 * Content-Length says so, and while reading when a chunked body grows past it, so a junk upload costs neither
 * memory nor a half-parsed document. (Tomcat's own
 * {@code maxPostSize} covers form posts only, and its {@code maxSwallowSize} what is discarded after a refusal.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long documentLimit;
    private final long packageLimit;
    private final long requestLimit;
    private final Problems problems;

    public RequestSizeLimitFilter(HubProperties properties, Problems problems) {
        this.requestLimit = properties.maxRequestSize().toBytes();
        this.documentLimit = properties.maxDocumentSize().toBytes();
        this.packageLimit = properties.transfers().maxPackageSize().toBytes();
        this.problems = problems;
    }

    /**
     * /fhir and the SOAP service apply their own limits and answer in their own error format (a FHIR
     * OperationOutcome, a SOAP Fault) rather than a problem document.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/fhir") || path.startsWith("/fhir/") || path.startsWith("/soap/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Packages from other hubs and documents (advice reports, PDFs) are streamed to disk and may be large; JSON
        // documents are parsed in memory.
        String path = request.getRequestURI();
        long limit = path.startsWith("/peer/") ? packageLimit
                : path.contains("/documents/") ? documentLimit : requestLimit;
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, Rejection.PAYLOAD_TOO_LARGE,
                    "the body is " + request.getContentLengthLong() + " bytes; the hub accepts at most " + limit,
                    List.of(new Violation("body", "max-size", "at most " + limit + " bytes")));
            return;
        }
        chain.doFilter(new SizeLimitedRequest(request, limit), response);
    }
}
