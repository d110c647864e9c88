package uk.ehcexchange.hub.door;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.model.validation.Violation;

/**
 * What every front door's {@code SecurityFilterChain} shares: the order in which the chains are tried, the
 * stateless set-up of a door whose callers send a credential with every request, and the ways a door refuses.
 * Each door's chain lives beside the door (REST here, SOAP, FHIR and token, peering in their packages).
 */
public final class Doors {

    /** Chains matched by listener come first; the one that answers 404 for everything else comes last. */
    public static final int OPERATOR = 0;
    public static final int MANAGEMENT = 1;
    public static final int PEERING = 2;
    public static final int API = 10;
    public static final int SOAP = 11;
    public static final int FHIR = 12;
    public static final int TOKEN = 13;
    public static final int PROBES = 14;
    /** People's pages (the dashboard) behind OpenID Connect sign-in: the one door with a session. */
    public static final int SIGN_IN = 15;
    /** Demo mode only: the hub's own demonstration identity provider, its protocol endpoints and its login form. */
    public static final int DEMO_IDENTITY_PROVIDER = 16;
    public static final int DEMO_IDENTITY_PROVIDER_LOGIN = 17;
    public static final int NOWHERE = 100;

    private Doors() {
    }

    /** No session, no CSRF token (no cookie is ever a credential here), no login page, no saved requests. */
    public static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable);
    }

    /**
     * Checks the credential a request presents, before any handler runs, and leaves the caller where handlers and
     * the audit trail find it. A bad credential is refused at once (a missing one only when the call is not public).
     */
    public static AuthenticationFilter authenticating(AuthenticationManager manager, BearerCredentials credentials,
                                                      AuthenticationEntryPoint refusal, RequestMatcher publicCalls) {
        AuthenticationFilter filter = new AuthenticationFilter(manager, credentials);
        filter.setRequestMatcher(new NegatedRequestMatcher(publicCalls));
        filter.setSuccessHandler((request, response, authentication) -> {
            if (authentication instanceof CallerAuthentication caller) {
                request.setAttribute(ClientIdentity.REQUEST_ATTRIBUTE, caller.caller());
            } else if (authentication instanceof OperatorAuthentication operator) {
                request.setAttribute(RequestAudit.ACTOR_ATTRIBUTE, operator.actor());
            }
        });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(refusal));
        return filter;
    }

    public static AuthenticationEntryPoint refusing(RefusalWriter writer, Rejection rejection, Violation violation) {
        return (request, response, exception) -> writer.refuse(request, response, rejection, violation);
    }

    public static AccessDeniedHandler denying(RefusalWriter writer, Rejection rejection, Violation violation) {
        return (request, response, exception) -> writer.refuse(request, response, rejection, violation);
    }

    /** Answers 404, whoever asks and however: for a listener's paths that no rule allows. */
    public static void notFound(ExceptionHandlingConfigurer<HttpSecurity> refusals, RefusalFormats formats) {
        refusals.authenticationEntryPoint((request, response, e) -> formats.formatFor(request).refuse(request, response,
                        Rejection.NOT_FOUND, noSuchResource()))
                .accessDeniedHandler((request, response, e) -> formats.formatFor(request).refuse(request, response,
                        Rejection.NOT_FOUND, noSuchResource()));
    }

    /** The 404 of a path that is no resource of this listener, whoever asks. */
    public static Violation noSuchResource() {
        return new Violation("path", "known-resource", "there is no such resource on this port");
    }

    /**
     * Whether a request is for one of the callers' doors (REST under /api, SOAP under /soap, FHIR under /fhir): what
     * the door-wide servlet filters (no caching, quotas) apply to. Runs after the firewall, so the path is plain.
     */
    public static boolean forCallersDoor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/soap/") || path.equals("/fhir")
                || path.startsWith("/fhir/");
    }

    /** Matching on the path as the servlet container normalised it, after the firewall refused odd spellings. */
    public static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    public static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
