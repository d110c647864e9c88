package uk.ehcexchange.hub.door.signin;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.server.Session;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The session cookie of the sign-in door (the only door with sessions): HttpOnly, so no script reads it; Secure by
 * setting ({@code ehc.sign-in.secure-cookie}, on wherever people reach the hub over https); sent by cookie only,
 * never in a URL. SameSite=Lax rather than Strict: the identity provider sends the person back to the callback with
 * a cross-site top-level GET, and the callback must find the session that started the sign-in (its state and nonce)
 * — Strict would withhold the cookie there and every sign-in would fail. Lax still withholds it from cross-site
 * POSTs, images and frames, and every state-changing request needs the CSRF token anyway.
 */
@Component
class SessionCookies implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

    /** Named for the hub rather than the servlet container's {@code JSESSIONID}. */
    static final String NAME = "ehc-session";

    private final SignInProperties settings;

    SessionCookies(SignInProperties settings) {
        this.settings = settings;
    }

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        Session session = new Session();
        session.setTimeout(Duration.ofSeconds(Math.max(60, settings.idleTimeout().toSeconds())));
        session.setTrackingModes(Set.of(Session.SessionTrackingMode.COOKIE));
        session.getCookie().setName(NAME);
        session.getCookie().setHttpOnly(true);
        session.getCookie().setSecure(settings.secureCookie());
        session.getCookie().setSameSite(SameSite.LAX);
        session.getCookie().setPath("/");
        factory.setSession(session);
    }

    /** After Spring Boot's own customizer, which applies {@code server.servlet.session.*}: these settings win. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
