package uk.ehcexchange.hub.door.signin;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.dashboard.DashboardViewer;

/**
 * The dashboard viewer a signed-in session stands for, made afresh from the ID token's claims on each request (the
 * session holds the token, not a second copy of what it says), so that a changed role table applies at once.
 */
@Component
public class SignedInViewers {

    private final ViewerMapping mapping;

    SignedInViewers(ViewerMapping mapping) {
        this.mapping = mapping;
    }

    public Optional<DashboardViewer> viewer(Authentication authentication) {
        if (authentication instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof OidcUser user
                && token.getAuthorities().stream()
                        .anyMatch(a -> ViewerOidcUserService.DASHBOARD_VIEWER.equals(a.getAuthority()))
                && mapping.map(String.valueOf(user.getIdToken().getIssuer()), user.getClaims())
                        instanceof ViewerMapping.Viewer viewer) {
            return Optional.of(viewer.viewer());
        }
        return Optional.empty();
    }
}
