package uk.ehcexchange.hub.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehcexchange.hub.web.Problems;
import uk.ehcexchange.hub.web.Rejection;
import uk.ehcexchange.model.validation.Violation;

/**
 * Every {@code /api/v1} call but the published OpenAPI document must present an API key, as
 * {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}. The key decides which authority the caller
 * acts for, which controllers compare with the authority a request names, and its role, which decides here which
 * calls it may make at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    private final ApiKeyRegistry registry;
    private final Problems problems;

    public ApiKeyAuthenticationFilter(ApiKeyRegistry registry, Problems problems) {
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || path.equals("/api/v1/openapi.yaml");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ClientIdentity> client = registry.authenticate(presentedKey(request));
        if (client.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ehc-exchange\"");
            problems.write(request, response, Rejection.UNAUTHENTICATED,
                    "present a valid API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'",
                    List.of(new Violation(HttpHeaders.AUTHORIZATION, "valid-api-key", "no valid API key")));
            return;
        }
        request.setAttribute(ClientIdentity.REQUEST_ATTRIBUTE, client.get());
        ClientRole role = client.get().role();
        if (!role.permits(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()))) {
            problems.write(request, response, Rejection.NOT_PERMITTED_FOR_ROLE,
                    "client " + client.get().clientId() + " has the role " + role.label() + ", which may not make this call",
                    List.of(new Violation("$", "role-" + role.label(), "not permitted for the role " + role.label())));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).trim();
        }
        return request.getHeader(API_KEY_HEADER);
    }
}
