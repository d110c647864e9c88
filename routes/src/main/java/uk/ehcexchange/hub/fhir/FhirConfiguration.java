package uk.ehcexchange.hub.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.ehcexchange.adapters.fhir.FhirAdviceMapper;
import uk.ehcexchange.adapters.fhir.FhirPlanMapper;
import uk.ehcexchange.adapters.fhir.FhirProfileValidator;

@FhirEnabled
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

    /**
     * Validation against FHIR R4 and our profiles (and UK Core when {@code ehc.fhir.uk-core-directory} names its
     * definitions), offline. Loading the definitions takes seconds, so it is not done here, on the start path, but
     * by {@link FhirWarmUp} in the background once the hub is ready. A UK Core folder that is not there is still a
     * mistake found at start.
     */
    @Bean
    FhirProfileValidator fhirProfileValidator(FhirContext context, FhirProperties properties) {
        Path ukCore = properties.ukCoreDirectory();
        if (ukCore != null && !Files.isDirectory(ukCore.resolve("structuredefinitions"))) {
            throw new IllegalStateException("ehc.fhir.uk-core-directory " + ukCore
                    + " has no structuredefinitions/ folder: point it at UK Core's definitions");
        }
        return new FhirProfileValidator(context, ukCore);
    }

    @Bean
    FhirAdviceMapper fhirAdviceMapper(FhirContext context) {
        return new FhirAdviceMapper(context);
    }

    @Bean
    FhirPlanMapper fhirPlanMapper(FhirContext context) {
        return new FhirPlanMapper(context);
    }
}
