package uk.ehcexchange.hub.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.ehcexchange.adapters.fhir.FhirAdviceMapper;
import uk.ehcexchange.adapters.fhir.FhirPlanMapper;
import uk.ehcexchange.adapters.fhir.FhirProfileValidator;

@FhirEnabled
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FhirConfiguration.class);

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
     * definitions), offline. Loading the definitions takes seconds, so it happens here, at start, not on the first
     * request.
     */
    @Bean
    FhirProfileValidator fhirProfileValidator(FhirContext context, FhirProperties properties) {
        long started = System.nanoTime();
        FhirProfileValidator validator = new FhirProfileValidator(context, properties.ukCoreDirectory());
        validator.warmUp();
        log.info("FHIR validator ready in {} ms{}", (System.nanoTime() - started) / 1_000_000,
                properties.ukCoreDirectory() == null ? "" : " with UK Core from " + properties.ukCoreDirectory());
        return validator;
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
