package uk.ehcexchange.hub.door.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehcexchange.hub.formats.CouncilFormats;

/**
 * A council whose directory entry asks for council XML gets its inbox items in council XML over REST too, unless it
 * asks for something else: a request for one item with no Accept header (or {@code *}{@code /*}) is answered as if
 * it had asked for {@code application/xml}. A council that asks for CSV gets its received plans as caseload CSV
 * ({@code text/csv}) the same way; advice has no CSV form, so its advice items stay canonical JSON. An explicit
 * Accept always wins.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class PreferredFormatFilter extends OncePerRequestFilter {

    /** One received transfer or piece of advice: /api/v1/councils/{la}/inbox/{id} or .../inbox/advice/{id}. */
    private static final Pattern INBOX_ITEM =
            Pattern.compile("/api/v1/councils/([0-9]{3})/inbox/(advice/)?(?!advice$|placements$)[^/]+");

    private final CouncilFormats formats;

    PreferredFormatFilter(CouncilFormats formats) {
        this.formats = formats;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !"GET".equals(request.getMethod()) || accept != null && !accept.isBlank() && !accept.equals("*/*");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher item = INBOX_ITEM.matcher(request.getRequestURI());
        String preferred = item.matches() ? preferred(item.group(1), item.group(2) != null) : null;
        chain.doFilter(preferred == null ? request : new Accepting(request, preferred), response);
    }

    /** The media type the council's preference stands for, or null to answer as the request asks (JSON). */
    private String preferred(String council, boolean advice) {
        return switch (formats.of(council).format()) {
            case COUNCIL_XML -> MediaType.APPLICATION_XML_VALUE;
            case CSV -> advice ? null : CsvInboxController.CSV;
            case CANONICAL_JSON -> null;
        };
    }

    private static final class Accepting extends HttpServletRequestWrapper {
        private final String accept;

        Accepting(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(accept)) : super.getHeaders(name);
        }
    }
}
