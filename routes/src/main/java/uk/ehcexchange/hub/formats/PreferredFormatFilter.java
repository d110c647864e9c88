package uk.ehcexchange.hub.formats;

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

/**
 * A council whose directory entry asks for council XML gets its inbox items in council XML over REST too, unless it
 * asks for something else: a request for one item with no Accept header (or {@code *}{@code /*}) is answered as if
 * it had asked for {@code application/xml}. An explicit Accept always wins.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class PreferredFormatFilter extends OncePerRequestFilter {

    /** One received transfer or piece of advice: /api/v1/councils/{la}/inbox/{id} or .../inbox/advice/{id}. */
    private static final Pattern INBOX_ITEM =
            Pattern.compile("/api/v1/councils/([0-9]{3})/inbox/(?:advice/)?(?!advice$|placements$)[^/]+");

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
        boolean xml = item.matches() && formats.prefersCouncilXml(item.group(1));
        chain.doFilter(xml ? new AcceptXml(request) : request, response);
    }

    private static final class AcceptXml extends HttpServletRequestWrapper {
        AcceptXml(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.APPLICATION_XML_VALUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(MediaType.APPLICATION_XML_VALUE)) : super.getHeaders(name);
        }
    }
}
