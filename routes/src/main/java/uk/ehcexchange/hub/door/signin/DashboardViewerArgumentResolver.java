package uk.ehcexchange.hub.door.signin;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import uk.ehcexchange.hub.dashboard.DashboardViewer;

/**
 * Hands a controller method the {@link DashboardViewer} signed in, as a plain parameter: the dashboard's pages never
 * see a claim or a token. The sign-in chain lets no request without one reach a dashboard page; should one arrive
 * anyway (a controller outside /dashboard asking for a viewer), it is refused rather than answered.
 */
class DashboardViewerArgumentResolver implements HandlerMethodArgumentResolver {

    private final SignedInViewers viewers;

    DashboardViewerArgumentResolver(SignedInViewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return DashboardViewer.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return viewers.viewer(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new AccessDeniedException("no dashboard viewer is signed in"));
    }
}
