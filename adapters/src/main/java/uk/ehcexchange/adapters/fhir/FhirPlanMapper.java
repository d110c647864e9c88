package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import uk.ehcexchange.model.EhcPlan;

/**
 * An EHC plan as a FHIR R4 document Bundle for the ICB, and back. Lossless: every canonical field survives
 * canonical → FHIR → canonical. Deterministic: resource ids are name-based UUIDs derived from the plan id, and the
 * only time in the output is {@link PlanBundleContext#timestamp()}. Stateless and thread-safe. The layout, element
 * by element, is documented in ehc-schemas' README ("FHIR R4 definitions").
 */
public final class FhirPlanMapper {

    /** @param fhir the hub's one R4 context; the mapping works on HAPI's model and needs nothing else from it */
    public FhirPlanMapper(FhirContext fhir) {
        Objects.requireNonNull(fhir, "fhir");
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
