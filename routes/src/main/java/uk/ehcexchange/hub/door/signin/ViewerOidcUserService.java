package uk.ehcexchange.hub.door.signin;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Spring Security has checked the ID token (signature, issuer, audience, expiry, nonce), decides whether the
 * person may use the dashboard at all: only a person {@link ViewerMapping} makes a viewer of is signed in, with the
 * one authority the dashboard's pages require. Anyone else is refused here, before any session holds them.
 */
class ViewerOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The authority the dashboard chain requires; nothing else grants it. */
    static final String DASHBOARD_VIEWER = "DASHBOARD_VIEWER";

    private final OidcUserService claims = new OidcUserService();
    private final ViewerMapping mapping;

    ViewerOidcUserService(ViewerMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = claims.loadUser(request);
        String issuer = String.valueOf(user.getIdToken().getIssuer());
        if (mapping.map(issuer, user.getClaims()) instanceof ViewerMapping.Refused refused) {
            // The error's description carries the organisation the person claimed (a code), for the audit only.
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.refusal().rule(),
                    refused.claimedOrganisation(), null));
        }
        String nameAttribute = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
                .getUserNameAttributeName();
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(DASHBOARD_VIEWER)), user.getIdToken(),
                user.getUserInfo(), nameAttribute == null || nameAttribute.isBlank() ? "sub" : nameAttribute);
    }
}
