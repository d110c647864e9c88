package uk.ehcexchange.hub.door.rest;

import static uk.ehcexchange.hub.door.Doors.path;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import uk.ehcexchange.hub.core.ClientRole;

/**
 * Who may make which REST call, built from the {@link ClientRole} table: the OpenAPI document is public, a call a
 * restricted role lists is open to that role and to every unrestricted one, and anything else to unrestricted roles
 * only. Which authority a caller may act for is the services' business (it depends on the record), not this table's.
 */
public final class ApiRoleRules implements AuthorizationManager<HttpServletRequest> {

    /** The published contract, readable by anyone (integrators read it before they have a key). */
    public static final String OPENAPI_DOCUMENT = "/api/v1/openapi.yaml";

    private final RequestMatcherDelegatingAuthorizationManager rules;

    public ApiRoleRules() {
        String[] unrestricted = Arrays.stream(ClientRole.values()).filter(ClientRole::unrestricted)
                .map(Enum::name).toArray(String[]::new);
        Map<ClientRole.RestCall, List<String>> allowed = new LinkedHashMap<>();
        for (ClientRole role : ClientRole.values()) {
            for (ClientRole.RestCall call : role.restCalls()) {
                allowed.computeIfAbsent(call, c -> new ArrayList<>(Arrays.asList(unrestricted)))
                        .add(role.name());
            }
        }
        var builder = RequestMatcherDelegatingAuthorizationManager.builder()
                .add(path(HttpMethod.GET, OPENAPI_DOCUMENT),
                        (authentication, request) -> new AuthorizationDecision(true));
        allowed.forEach((call, roles) -> builder.add(path(HttpMethod.valueOf(call.method()), call.pattern()),
                AuthorityAuthorizationManager.hasAnyRole(roles.toArray(String[]::new))));
        this.rules = builder.add(AnyRequestMatcher.INSTANCE, AuthorityAuthorizationManager.hasAnyRole(unrestricted))
                .build();
    }

    @Override
    public AuthorizationResult authorize(Supplier<Authentication> authentication, HttpServletRequest request) {
        return rules.authorize(authentication, request);
    }

    /** Spring Security 6 still declares this; {@link #authorize} is what it calls. */
    @Override
    @Deprecated
    public AuthorizationDecision check(Supplier<Authentication> authentication, HttpServletRequest request) {
        return (AuthorizationDecision) rules.authorize(authentication, request);
    }
}
