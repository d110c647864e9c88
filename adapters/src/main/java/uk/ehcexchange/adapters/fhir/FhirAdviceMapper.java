package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import uk.ehcexchange.model.HealthAdvice;

/**
 * Health advice from an NHS trust, as FHIR R4, to the canonical {@link HealthAdvice}. Accepts a {@code document}
 * Bundle (Composition first) and a BaRS-style {@code message} Bundle (MessageHeader first, focus on the advice
 * Composition, the same resources after it). The Composition names the Task it answers in the extension
 * {@link EhcFhir#EXT_ADVICE_REQUEST}. Stateless and thread-safe.
 */
public final class FhirAdviceMapper {

    private final FhirContext fhir;

    public FhirAdviceMapper(FhirContext fhir) {
        this.fhir = Objects.requireNonNull(fhir, "fhir");
    }

    /** @throws FhirMappingException naming every element that is missing or unusable */
    public MappedAdvice fromBundle(Bundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        return new AdviceDocumentReader(bundle).read();
    }

    /** The advice as the document Bundle a trust would send (fixtures, demo clients, benchmarks). */
    public Bundle toAdviceBundle(HealthAdvice advice, AdviceBundleContext context) {
        return new AdviceDocumentWriter(advice, context).document();
    }

    /** The same content as a BaRS-style message Bundle, for {@code $process-message}. */
    public Bundle toAdviceMessage(HealthAdvice advice, AdviceBundleContext context) {
        return new AdviceDocumentWriter(advice, context).message();
    }
}
