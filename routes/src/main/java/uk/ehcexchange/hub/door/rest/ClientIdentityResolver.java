package uk.ehcexchange.hub.door.rest;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.ehcexchange.hub.core.ClientIdentity;

/** Lets a controller method declare the authenticated caller as a plain {@link ClientIdentity} parameter. */
@Configuration(proxyBeanMethods = false)
class ClientIdentityResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ClientIdentity.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Object client = request.getAttribute(ClientIdentity.REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (client == null) {
            // The API door's security chain authenticates every /api call but the public ones;
            // reaching here without it is a wiring fault.
            throw new IllegalStateException("no authenticated client on an /api request");
        }
        return client;
    }
}
