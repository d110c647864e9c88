package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import uk.ehcexchange.model.EhcPlan;

/**
 * An EHC plan as a FHIR R4 document Bundle for the ICB, and back. Lossless: every canonical field survives
 * canonical → FHIR → canonical. Deterministic: resource ids are name-based UUIDs derived from the plan id, and the
 * only time in the output is {@link PlanBundleContext#timestamp()}. Stateless and thread-safe.
 */
public final class FhirPlanMapper {

    private final FhirContext fhir;

    public FhirPlanMapper(FhirContext fhir) {
        this.fhir = Objects.requireNonNull(fhir, "fhir");
    }

    /** The plan as a document Bundle: a Composition (our EHC plan profile) first, then what it references. */
    public Bundle toDocumentBundle(EhcPlan plan, PlanBundleContext context) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(context, "context");
        return new PlanDocumentWriter(plan, context).write();
    }

    /**
     * Reads a plan document back.
     *
     * @throws FhirMappingException naming every element that is missing or not as this mapper writes it
     */
    public EhcPlan fromDocumentBundle(Bundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        return new PlanDocumentReader(bundle).read();
    }
}
