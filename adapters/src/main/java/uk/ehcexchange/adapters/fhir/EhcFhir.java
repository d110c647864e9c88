package uk.ehcexchange.adapters.fhir;

/**
 * The canonical URLs of our FHIR definitions (published in ehc-schemas under {@code uk/ehcexchange/schemas/fhir/})
 * and the identifier systems the hub uses. Every URL under {@link #BASE} is ours; the NHS and UK Core ones are
 * NHS England's.
 */
public final class EhcFhir {

    public static final String BASE = "https://schemas.ehcexchange.uk/fhir";

    // Profiles
    public static final String PROFILE_EHC_PLAN_COMPOSITION = BASE + "/StructureDefinition/EHC-Plan-Composition";
    public static final String PROFILE_HEALTH_ADVICE_COMPOSITION = BASE + "/StructureDefinition/EHC-Health-Advice-Composition";

    // Extensions
    /** On the advice Composition: {@code valueReference} to the Task ({@code Task/<advice request id>}). */
    public static final String EXT_ADVICE_REQUEST = BASE + "/StructureDefinition/Extension-EHC-AdviceRequest";
    /** On the plan Composition: {@code valueCode} from {@link #CS_PLAN_STATUS}. */
    public static final String EXT_PLAN_STATUS = BASE + "/StructureDefinition/Extension-EHC-PlanStatus";
    /** On the plan Composition: {@code valueCode} from {@link #CS_CEASED_REASON}. */
    public static final String EXT_CEASED_REASON = BASE + "/StructureDefinition/Extension-EHC-CeasedReason";
    /** On the plan Composition: complex, {@code requestReceived}, {@code issued}, {@code lastReviewed} as valueDate. */
    public static final String EXT_PLAN_DATES = BASE + "/StructureDefinition/Extension-EHC-PlanDates";
    /** On a Composition section: the day its author wrote or last changed it ({@code valueDate}). */
    public static final String EXT_WRITTEN_ON = BASE + "/StructureDefinition/Extension-EHC-WrittenOn";
    /** On a CarePlan activity: the provision item's id ({@code valueIdentifier}, system {@link #ID_PROVISION_ITEM}). */
    public static final String EXT_PROVISION_ITEM_ID = BASE + "/StructureDefinition/Extension-EHC-ProvisionItemId";
    /** On section J: complex, {@code stream}, {@code annualAmount} (Money, GBP), {@code directPayment}, {@code description}. */
    public static final String EXT_BUDGET_LINE = BASE + "/StructureDefinition/Extension-EHC-PersonalBudgetLine";
    /**
     * On section J's budget line, beside the above: for a direct payment, {@code outcome} (valueReference to the
     * section E Goal, repeating) and {@code needsMet} (valueString), the needs and outcomes it is meant to meet
     * (reg 12(1)(j)).
     */
    public static final String BUDGET_LINE_OUTCOME = "outcome";
    public static final String BUDGET_LINE_NEEDS_MET = "needsMet";
    /** On the plan Composition, up to twice: complex, {@code type} (valueCode from {@link #CS_SEN_TYPE}), {@code rank} (valuePositiveInt 1 or 2). */
    public static final String EXT_SEN_NEED = BASE + "/StructureDefinition/Extension-EHC-SenNeed";
    /** On section I when it names no institution: complex, {@code type} (valueCode from {@link #CS_SEN_SETTING}), {@code description} (valueString). */
    public static final String EXT_PLACEMENT_TYPE = BASE + "/StructureDefinition/Extension-EHC-PlacementType";
    /** On the Patient: the ODS code of the child's responsible commissioning body (valueIdentifier, {@link #ODS_ORGANISATION_SYSTEM}). */
    public static final String EXT_RESPONSIBLE_COMMISSIONING_BODY =
            BASE + "/StructureDefinition/Extension-EHC-ResponsibleCommissioningBody";
    /** On a section K DocumentReference: the day the council received the advice ({@code valueDate}). */
    public static final String EXT_ADVICE_RECEIVED_ON = BASE + "/StructureDefinition/Extension-EHC-AdviceReceivedOn";

    // Code systems
    public static final String CS_PLAN_SECTION = BASE + "/CodeSystem/ehc-plan-section";
    public static final String CS_ADVICE_SECTION = BASE + "/CodeSystem/ehc-advice-section";
    public static final String CS_DOCUMENT_TYPE = BASE + "/CodeSystem/ehc-document-type";
    public static final String CS_PLAN_STATUS = BASE + "/CodeSystem/ehc-plan-status";
    public static final String CS_CEASED_REASON = BASE + "/CodeSystem/ehc-ceased-reason";
    public static final String CS_OUTCOME_CATEGORY = BASE + "/CodeSystem/ehc-outcome-category";
    public static final String CS_ESTABLISHMENT_TYPE = BASE + "/CodeSystem/ehc-establishment-type";
    public static final String CS_FUNDING_STREAM = BASE + "/CodeSystem/ehc-funding-stream";
    public static final String CS_ADVICE_TYPE = BASE + "/CodeSystem/ehc-advice-type";
    public static final String CS_MESSAGE_EVENT = BASE + "/CodeSystem/ehc-message-event";
    /** SEN2's SENtype codes, exactly as SEN2 writes them. */
    public static final String CS_SEN_TYPE = BASE + "/CodeSystem/ehc-sen-type";
    /** SEN2's SENSetting codes for a placement without an institution, exactly as SEN2 writes them. */
    public static final String CS_SEN_SETTING = BASE + "/CodeSystem/ehc-sen-setting";

    // Identifier systems
    public static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_ORGANISATION_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    /** {@code Task.identifier} of an advice request, whose value is also the Task's logical id. */
    public static final String ADVICE_REQUEST_SYSTEM = BASE + "/Id/advice-request";
    public static final String ID_BUNDLE = BASE + "/Id/bundle";
    public static final String ID_EHC_PLAN = BASE + "/Id/ehc-plan";
    public static final String ID_HEALTH_ADVICE = BASE + "/Id/health-advice";
    public static final String ID_LA_CODE = BASE + "/Id/la-code";
    public static final String ID_UPN = BASE + "/Id/upn";
    public static final String ID_ULN = BASE + "/Id/uln";
    public static final String ID_LOCAL_CASE_REFERENCE = BASE + "/Id/local-case-reference";
    public static final String ID_OUTCOME = BASE + "/Id/outcome";
    public static final String ID_PROVISION_ITEM = BASE + "/Id/provision-item";
    public static final String ID_DOCUMENT_REFERENCE = BASE + "/Id/document-reference";
    public static final String ID_SCHOOL_URN = BASE + "/Id/school-urn";
    public static final String ID_UKPRN = BASE + "/Id/ukprn";

    // NHS England's UK Core
    public static final String UK_CORE_PROFILE_BASE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    public static final String EXT_NHS_NUMBER_VERIFICATION =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";
    public static final String CS_NHS_NUMBER_VERIFICATION_ENGLAND =
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";

    // HL7
    public static final String CS_LIST_EMPTY_REASON = "http://terminology.hl7.org/CodeSystem/list-empty-reason";
    public static final String SNOMED_CT = "http://snomed.info/sct";

    private EhcFhir() {
    }
}
