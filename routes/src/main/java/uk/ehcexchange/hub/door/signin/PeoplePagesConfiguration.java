package uk.ehcexchange.hub.door.signin;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What pages for people need of Spring MVC: the signed-in {@code DashboardViewer} as a controller parameter. */
@Configuration(proxyBeanMethods = false)
class PeoplePagesConfiguration implements WebMvcConfigurer {

    private final SignedInViewers viewers;

    PeoplePagesConfiguration(SignedInViewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new DashboardViewerArgumentResolver(viewers));
    }
}
