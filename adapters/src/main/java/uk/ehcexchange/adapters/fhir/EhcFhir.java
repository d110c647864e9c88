package uk.ehcexchange.adapters.fhir;

/**
 * The canonical URLs of our FHIR definitions (published in ehc-schemas under {@code uk/ehcexchange/schemas/fhir/})
 * and the identifier systems the hub uses.
 */
public final class EhcFhir {

    public static final String BASE = "https://schemas.ehcexchange.uk/fhir";

    public static final String PROFILE_EHC_PLAN_COMPOSITION = BASE + "/StructureDefinition/EHC-Plan-Composition";
    public static final String PROFILE_HEALTH_ADVICE_COMPOSITION = BASE + "/StructureDefinition/EHC-Health-Advice-Composition";

    /** On the advice Composition: {@code valueReference} to the Task ({@code Task/<advice request id>}). */
    public static final String EXT_ADVICE_REQUEST = BASE + "/StructureDefinition/Extension-EHC-AdviceRequest";

    public static final String CS_PLAN_SECTION = BASE + "/CodeSystem/ehc-plan-section";

    public static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_ORGANISATION_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    /** {@code Task.identifier} of an advice request, whose value is also the Task's logical id. */
    public static final String ADVICE_REQUEST_SYSTEM = BASE + "/Id/advice-request";

    private EhcFhir() {
    }
}
