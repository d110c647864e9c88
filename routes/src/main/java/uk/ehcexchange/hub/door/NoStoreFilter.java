package uk.ehcexchange.hub.door;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Cache-Control: no-store} on every answer of the three front doors (the API under /api, FHIR under /fhir,
 * SOAP under /soap). Nearly all of them carry a child's personal data — plans, inbox items, advice, transfers,
 * placements, Tasks — and the rest (refusals, the directory) lose nothing by not being cached, so one rule for the
 * whole of each front door is the one that cannot miss an answer. It runs first and sets the header before
 * anything else runs, so refusals made by filters further in (authentication, size limits) carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NoStoreFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Doors.forCallersDoor(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        chain.doFilter(request, response);
    }
}
