package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import uk.ehcexchange.model.HealthAdvice;

/**
 * Health advice from an NHS trust, as FHIR R4, to the canonical {@link HealthAdvice}. Accepts a {@code document}
 * Bundle (Composition first) and a BaRS-style {@code message} Bundle (MessageHeader first, focus on the advice
 * Composition, the same resources after it). The Composition names the Task it answers in the extension
 * {@link EhcFhir#EXT_ADVICE_REQUEST}: {@code valueReference} {@code Task/<id>} (relative or absolute, optionally
 * versioned), or a Reference whose identifier is in {@link EhcFhir#ADVICE_REQUEST_SYSTEM}. Attached documents must
 * be inline; the mapper computes their size and SHA-256. Every problem found is reported at once in a
 * {@link FhirMappingException}. Does not validate against profiles: that is {@link FhirProfileValidator}'s job.
 * Stateless and thread-safe. The layout is documented in ehc-schemas' README ("FHIR R4 definitions").
 */
public final class FhirAdviceMapper {

    /** @param fhir the hub's one R4 context; the mapping works on HAPI's model and needs nothing else from it */
    public FhirAdviceMapper(FhirContext fhir) {
        Objects.requireNonNull(fhir, "fhir");
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
