package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.hl7.fhir.r4.model.Bundle;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

/** The document the validator warms up on: the golden sample plan shipped in ehc-schemas, as a FHIR document. */
final class WarmUp {

    static final String SAMPLE_PLAN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";

    private WarmUp() {
    }

    static Bundle document(FhirContext fhir) {
        try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE_PLAN)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SAMPLE_PLAN);
            }
            EhcPlan plan = CanonicalJson.mapper().readValue(in, EhcPlan.class);
            return new FhirPlanMapper(fhir)
                    .toDocumentBundle(plan, new PlanBundleContext("warm-up", Instant.EPOCH, "Warm-up council"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
