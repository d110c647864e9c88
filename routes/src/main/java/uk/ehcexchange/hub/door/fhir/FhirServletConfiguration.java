package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/**
 * Registers the FHIR door's servlet at /fhir with its providers and interceptors, and beside it the one path under
 * /fhir that is not HAPI's: the hub's FHIR NPM package ({@link FhirPackageServlet}).
 */
@FhirEnabled
@Configuration(proxyBeanMethods = false)
class FhirServletConfiguration {

    @Bean
    ServletRegistrationBean<FhirServer> fhirServlet(FhirContext context, List<IResourceProvider> resourceProviders,
                                                     ProcessMessageProvider messages,
                                                     FhirRequestGuard guard,
                                                     FhirExceptionTranslator translator,
                                                     FhirCapabilities capabilities) {
        FhirServer server = new FhirServer(context, resourceProviders, List.of(messages),
                List.of(guard, translator, capabilities));
        ServletRegistrationBean<FhirServer> registration =
                new ServletRegistrationBean<>(server, FhirServer.PATH + "/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    ServletRegistrationBean<FhirPackageServlet> fhirPackageServlet(FhirRefusalWriter outcomes) {
        ServletRegistrationBean<FhirPackageServlet> registration =
                new ServletRegistrationBean<>(new FhirPackageServlet(outcomes), FhirPackageServlet.PATH);
        registration.setName("fhir-package");
        return registration;
    }
}
