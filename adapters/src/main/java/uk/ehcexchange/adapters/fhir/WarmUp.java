package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.HealthAdvice;

/** The documents the validators warm up on, made from the golden sample plan shipped in ehc-schemas. */
final class WarmUp {

    static final String SAMPLE_PLAN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";

    private WarmUp() {
    }

    static Bundle document(FhirContext fhir) {
        return new FhirPlanMapper(fhir)
                .toDocumentBundle(samplePlan(), new PlanBundleContext("warm-up", Instant.EPOCH, "Warm-up council"));
    }

    /** Health advice built from the sample plan's sections C, E and G: the resource types trusts send. */
    static Bundle adviceDocument(FhirContext fhir) {
        EhcPlan plan = samplePlan();
        HealthAdvice advice = new HealthAdvice("warm-up-advice", "warm-up-request", plan.child(),
                plan.sections().c().author(), "RY4", List.of(plan.sections().c().text()),
                plan.sections().e().outcomes(), plan.sections().g().items(), List.of());
        return new FhirAdviceMapper(fhir).toAdviceBundle(advice,
                new AdviceBundleContext("warm-up-advice", Instant.EPOCH, Map.of()));
    }

    private static EhcPlan samplePlan() {
        try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE_PLAN)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SAMPLE_PLAN);
            }
            return CanonicalJson.mapper().readValue(in, EhcPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
