package uk.ehcexchange.hub.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    /**
     * The hub's one FhirContext: building one scans the R4 model and costs about a second, and it is thread-safe,
     * so the server, the mappers, the validator and the ICB client all share it. Parsing is strict: an element
     * the R4 model does not define is an error rather than silently dropped.
     */
    @Bean
    FhirContext fhirContext() {
        FhirContext context = FhirContext.forR4();
        context.setParserErrorHandler(new StrictErrorHandler());
        return context;
    }

    @Bean
    ServletRegistrationBean<FhirServer> fhirServlet(FhirContext context, List<IResourceProvider> resourceProviders,
                                                     FhirRequestGuard guard, FhirAuthentication authentication,
                                                     FhirExceptionTranslator translator, FhirCapabilities capabilities) {
        FhirServer server = new FhirServer(context, resourceProviders, List.of(),
                List.of(guard, authentication, translator, capabilities));
        ServletRegistrationBean<FhirServer> registration = new ServletRegistrationBean<>(server, FhirServer.PATH + "/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
