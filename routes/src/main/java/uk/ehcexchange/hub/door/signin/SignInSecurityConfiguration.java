package uk.ehcexchange.hub.door.signin;

import static uk.ehcexchange.hub.door.Doors.path;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.ehcexchange.hub.door.Doors;
import uk.ehcexchange.hub.door.Listeners;

/**
 * The sign-in door for people, on the API listener: the dashboard's pages and the sign-in, callback and sign-out
 * endpoints, behind OpenID Connect login (the organisation's identity provider). Unlike every other door it keeps a
 * session — a browser cannot send a credential with each request — so it is built to keep that session to itself:
 * its chain matches only its own paths and accepts no API key or access token, and the callers' doors stay
 * stateless and never read a session or a cookie. Sessions are HttpOnly, SameSite=Lax and (by setting) Secure
 * cookies ({@link SessionCookies}); every state-changing request needs the CSRF token; a new session id is issued on
 * sign-in; pages are {@code Cache-Control: no-store}.
 */
@SignInEnabled
@Configuration(proxyBeanMethods = false)
class SignInSecurityConfiguration {

    /** No script, style, font, image or frame from anywhere else; forms only to the hub itself; never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(Doors.SIGN_IN)
    SecurityFilterChain signInDoor(HttpSecurity http, Listeners listeners, ClientRegistrationRepository registrations,
                                   ViewerMapping mapping, SignInAudit audit, SignedInViewers viewers,
                                   PeoplePages pages) throws Exception {
        RequestMatcher assets = path(HttpMethod.GET, SignInPaths.GOVUK_ASSETS);
        return http
                .securityMatcher(new AndRequestMatcher(listeners.api(), new OrRequestMatcher(
                        path(SignInPaths.DASHBOARD), path(SignInPaths.DASHBOARD + "/**"),
                        path(SignInPaths.SIGN_IN_BASE + "/**"), path(SignInPaths.SIGN_OUT),
                        path(SignInPaths.SIGNED_OUT), path(SignInPaths.REFUSED), assets)))
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(assets).permitAll()
                        .requestMatchers(path(HttpMethod.GET, SignInPaths.SIGNED_OUT),
                                path(HttpMethod.GET, SignInPaths.REFUSED)).permitAll()
                        .requestMatchers(path(SignInPaths.DASHBOARD), path(SignInPaths.DASHBOARD + "/**"))
                        .hasAuthority(ViewerOidcUserService.DASHBOARD_VIEWER)
                        .anyRequest().denyAll())
                .oauth2Login(login -> login
                        .loginPage(SignInPaths.SIGN_IN)
                        .clientRegistrationRepository(registrations)
                        .authorizationEndpoint(start -> start.baseUri(SignInPaths.SIGN_IN_BASE)
                                .authorizationRequestResolver(onlyTheDashboard(registrations)))
                        .redirectionEndpoint(back -> back.baseUri(SignInPaths.CALLBACK_BASE + "/*"))
                        .authorizedClientRepository(new KeepNoTokens())
                        .userInfoEndpoint(user -> user.oidcUserService(new ViewerOidcUserService(mapping)))
                        .successHandler(signedIn(audit, viewers))
                        .failureHandler((request, response, failure) -> {
                            SignInRefusal refusal = SignInRefusal.PROVIDER_ERROR;
                            String organisation = null;
                            if (failure instanceof OAuth2AuthenticationException oauth) {
                                refusal = SignInRefusal.byRule(oauth.getError().getErrorCode());
                                organisation = oauth.getError().getDescription();
                            }
                            audit.refused(refusal, organisation, refusal == SignInRefusal.PROVIDER_ERROR
                                    && failure instanceof OAuth2AuthenticationException oauth
                                    ? printable(oauth.getError().getErrorCode()) : null);
                            response.sendRedirect(request.getContextPath() + SignInPaths.REFUSED + "?reason="
                                    + refusal.rule());
                        }))
                .logout(logout -> logout
                        .logoutRequestMatcher(path(HttpMethod.POST, SignInPaths.SIGN_OUT))
                        .addLogoutHandler((request, response, authentication) -> signedOut(audit, viewers,
                                authentication))
                        .logoutSuccessUrl(SignInPaths.SIGNED_OUT)
                        .invalidateHttpSession(true)
                        .deleteCookies(SessionCookies.NAME))
                .requestCache(cache -> cache.requestCache(pageFirstAskedFor()))
                .sessionManagement(session -> session
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SignInPaths.SIGN_IN))
                        .accessDeniedHandler((request, response, denied) -> pages.forbidden(request, response)))
                .headers(headers -> headers
                        .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(assets),
                                new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store")))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * The dashboard's client registration: the configured provider if there is one, else the hub's own demo
     * provider. Made on the first sign-in ({@link LazyClientRegistrations}).
     */
    @Bean
    ClientRegistrationRepository dashboardClientRegistrations(SignInProperties settings,
                                                              ObjectProvider<BuiltInIdentityProvider> builtIn) {
        if (settings.issuerUri() != null) {
            return new LazyClientRegistrations(() -> LazyClientRegistrations.configured(settings));
        }
        BuiltInIdentityProvider demo = builtIn.getIfAvailable();
        if (demo == null) {
            throw new IllegalStateException("ehc.sign-in.issuer-uri is needed for the dashboard's sign-in");
        }
        return new LazyClientRegistrations(demo::registration);
    }

    /** The idle timeout of every session the hub makes (only this door makes any). */
    @Bean
    HttpSessionListener idleTimeout(SignInProperties settings) {
        int seconds = (int) Math.min(Integer.MAX_VALUE, settings.idleTimeout().toSeconds());
        return new HttpSessionListener() {
            @Override
            public void sessionCreated(HttpSessionEvent event) {
                event.getSession().setMaxInactiveInterval(seconds);
            }
        };
    }

    /**
     * Only {@code /sign-in/dashboard} starts a sign-in; any other {@code /sign-in/x} is no path at all (Spring
     * Security would answer an unknown registration with a 500).
     */
    private static OAuth2AuthorizationRequestResolver onlyTheDashboard(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, SignInPaths.SIGN_IN_BASE);
        RequestMatcher start = path(HttpMethod.GET, SignInPaths.SIGN_IN);
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return start.matches(request) ? resolver.resolve(request) : null;
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return start.matches(request) ? resolver.resolve(request, registrationId) : null;
            }
        };
    }

    private static SavedRequestAwareAuthenticationSuccessHandler signedIn(SignInAudit audit,
                                                                         SignedInViewers viewers) {
        var success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request,
                                                HttpServletResponse response,
                                                Authentication authentication)
                    throws IOException, ServletException {
                viewers.viewer(authentication).ifPresent(audit::signedIn);
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        success.setDefaultTargetUrl(SignInPaths.DASHBOARD);
        return success;
    }

    /**
     * Where a person goes once signed in: the page they first asked for, as it was asked for (without the
     * {@code ?continue} marker Spring Security adds by default).
     */
    private static HttpSessionRequestCache pageFirstAskedFor() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        cache.setRequestMatcher(path(HttpMethod.GET, SignInPaths.DASHBOARD + "/**"));
        return cache;
    }

    private static void signedOut(SignInAudit audit, SignedInViewers viewers, Authentication authentication) {
        viewers.viewer(authentication).ifPresent(audit::signedOut);
    }

    private static String printable(String value) {
        String safe = value == null ? "" : value.replaceAll("[^A-Za-z0-9_.-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) : safe;
    }

    /**
     * The dashboard never calls the provider's APIs on the person's behalf, so the access and refresh tokens the
     * sign-in returns are not kept: the session is smaller and holds nothing that could be replayed elsewhere.
     */
    private static final class KeepNoTokens implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
                Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
            // deliberately nothing
        }

        @Override
        public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
            // nothing was kept
        }
    }
}
