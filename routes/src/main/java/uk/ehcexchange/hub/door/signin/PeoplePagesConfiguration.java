package uk.ehcexchange.hub.door.signin;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What pages for people need of Spring MVC: the signed-in {@code DashboardViewer} as a controller parameter, and the
 * fonts and images GOV.UK Frontend's stylesheet names under {@code /assets/} (served from its webjar, which Spring
 * Boot already serves under {@code /webjars/}).
 */
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

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(SignInPaths.GOVUK_ASSETS)
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/");
    }
}
