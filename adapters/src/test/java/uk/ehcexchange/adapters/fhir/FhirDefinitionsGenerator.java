package uk.ehcexchange.adapters.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.CeasedReason;
import uk.ehcexchange.model.EstablishmentType;
import uk.ehcexchange.model.FundingStream;
import uk.ehcexchange.model.OutcomeTerm;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.SenSetting;
import uk.ehcexchange.model.SenType;

/**
 * Builds our FHIR definitions (profiles, extensions, CodeSystems, ValueSets) from the code that uses them: the
 * CodeSystems come from the canonical enums and the mapper's section codes, so they cannot drift apart. The
 * published files are these, written by {@link PublishedFhirDefinitionsTest} with {@code -Dehc.golden.update=true}.
 * Differentials only; snapshots are added by the test.
 */
final class FhirDefinitionsGenerator {

    static final String VERSION = "1.0.0";
    static final String DATE = "2026-11-23";
    static final String PUBLISHER = "EHC Exchange";
    static final String UK_CORE_COMPOSITION = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Composition";
    private static final String EXTENSION = "http://hl7.org/fhir/StructureDefinition/Extension";

    private FhirDefinitionsGenerator() {
    }

    /** Every definition, keyed by its file name, in a stable order. */
    static Map<String, MetadataResource> all() {
        Map<String, MetadataResource> all = new LinkedHashMap<>();
        for (CodeSystem codeSystem : codeSystems()) {
            all.put("CodeSystem-" + codeSystem.getId() + ".json", codeSystem);
            ValueSet valueSet = valueSetOf(codeSystem);
            all.put("ValueSet-" + valueSet.getId() + ".json", valueSet);
        }
        for (StructureDefinition extension : extensions()) {
            all.put("StructureDefinition-" + extension.getId() + ".json", extension);
        }
        all.put("StructureDefinition-EHC-Plan-Composition.json", planComposition());
        all.put("StructureDefinition-EHC-Health-Advice-Composition.json", adviceComposition());
        return all;
    }

    // ---- CodeSystems and ValueSets

    static List<CodeSystem> codeSystems() {
        List<CodeSystem> systems = new ArrayList<>();
        CodeSystem sections = codeSystem("ehc-plan-section", "EHC plan sections",
                "The sections of an EHC plan, by their statutory letters (SEND Regulations 2014 reg 12).");
        for (PlanSectionCode code : PlanSectionCode.values()) {
            sections.addConcept().setCode(code.code).setDisplay(code.display);
        }
        systems.add(sections);
        CodeSystem adviceSections = codeSystem("ehc-advice-section", "Health advice sections",
                "The sections of health advice for an EHC needs assessment.");
        for (AdviceSectionCode code : AdviceSectionCode.values()) {
            adviceSections.addConcept().setCode(code.code).setDisplay(code.display);
        }
        systems.add(adviceSections);
        CodeSystem documentTypes = codeSystem("ehc-document-type", "EHC Exchange document types",
                "The kinds of FHIR document EHC Exchange exchanges.");
        documentTypes.addConcept().setCode("ehc-plan").setDisplay("Education, health and care plan");
        documentTypes.addConcept().setCode("health-advice").setDisplay("Health advice");
        systems.add(documentTypes);
        CodeSystem events = codeSystem("ehc-message-event", "EHC Exchange message events",
                "The events of the FHIR messages EHC Exchange accepts.");
        events.addConcept().setCode(AdviceDocumentWriter.EVENT_HEALTH_ADVICE).setDisplay("Health advice");
        systems.add(events);
        systems.add(fromEnum("ehc-plan-status", "EHC plan status", "The status of an EHC plan.", PlanStatus.class));
        systems.add(fromEnum("ehc-ceased-reason", "Why an EHC plan ceased",
                "Why an EHC plan ceased: the SEN2 return's CeaseReason codes 1 to 9 (item 4.6) with their 2025/2026 "
                        + "wording.", CeasedReason.class));
        CodeSystem outcomes = fromEnum("ehc-outcome-category", "EHC outcome categories",
                "The term of an outcome, and whether it is a preparing-for-adulthood outcome.", OutcomeTerm.class);
        outcomes.addConcept().setCode(OutcomeMapping.PREPARING_FOR_ADULTHOOD).setDisplay("Preparing for adulthood");
        systems.add(outcomes);
        systems.add(fromEnum("ehc-establishment-type", "Establishment types",
                "The type of school or other institution named in section I.", EstablishmentType.class));
        systems.add(fromEnum("ehc-funding-stream", "Personal budget funding streams",
                "Where a part of a personal budget is funded from.", FundingStream.class));
        systems.add(fromEnum("ehc-sen-type", "Types of special educational need",
                "The SEN2 return's SENtype codes (item 5.8a): the Common Transfer File's list plus DS (2025).",
                SenType.class));
        systems.add(fromEnum("ehc-sen-setting", "Types of placement without an institution",
                "The SEN2 return's SENSetting codes (item 4.7c), for section I when it names only the type of "
                        + "placement (SEND Regulations 2014 reg 12(1)(i)).", SenSetting.class));
        systems.add(fromEnum("ehc-advice-type", "Advice types",
                "The advice a council seeks for an EHC needs assessment (SEND Regulations 2014 reg 6).",
                AdviceType.class));
        return systems;
    }

    private static <E extends Enum<E>> CodeSystem fromEnum(String id, String title, String description, Class<E> type) {
        CodeSystem codeSystem = codeSystem(id, title, description);
        for (E constant : type.getEnumConstants()) {
            codeSystem.addConcept().setCode(Codes.code(constant)).setDisplay(Codes.display(constant));
        }
        return codeSystem;
    }

    private static CodeSystem codeSystem(String id, String title, String description) {
        CodeSystem codeSystem = new CodeSystem();
        describe(codeSystem, id, EhcFhir.BASE + "/CodeSystem/" + id, title, description);
        codeSystem.setCaseSensitive(true);
        codeSystem.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        return codeSystem;
    }

    private static ValueSet valueSetOf(CodeSystem codeSystem) {
        ValueSet valueSet = new ValueSet();
        describe(valueSet, codeSystem.getId(), valueSetUrl(codeSystem.getId()), codeSystem.getTitle(),
                "All codes of " + codeSystem.getUrl() + ".");
        valueSet.getCompose().addInclude().setSystem(codeSystem.getUrl());
        return valueSet;
    }

    static String valueSetUrl(String id) {
        return EhcFhir.BASE + "/ValueSet/" + id;
    }

    private static void describe(MetadataResource resource, String id, String url, String title, String description) {
        resource.setId(id);
        resource.setUrl(url);
        resource.setVersion(VERSION);
        resource.setName(title.replaceAll("[^A-Za-z0-9]", ""));
        resource.setTitle(title);
        resource.setStatus(Enumerations.PublicationStatus.ACTIVE);
        resource.setDateElement(new org.hl7.fhir.r4.model.DateTimeType(DATE));
        resource.setPublisher(PUBLISHER);
        resource.setDescription(description);
    }

    // ---- Extensions

    static List<StructureDefinition> extensions() {
        return List.of(
                simpleExtension(EhcFhir.EXT_ADVICE_REQUEST, "Advice request",
                        "The Task (advice request) this advice answers: Task/<id> on the hub, the id being the hub's advice request id.",
                        "Composition", reference("Task")),
                simpleExtension(EhcFhir.EXT_PLAN_STATUS, "EHC plan status",
                        "The plan's status: draft, final or ceased. Composition.status alone cannot say ceased.",
                        "Composition", code("ehc-plan-status")),
                simpleExtension(EhcFhir.EXT_CEASED_REASON, "Why the plan ceased",
                        "Present only when the plan status is ceased.", "Composition", code("ehc-ceased-reason")),
                complexExtension(EhcFhir.EXT_PLAN_DATES, "EHC plan dates",
                        "When the council received the request for assessment, issued the final plan and last reviewed it.",
                        "Composition", new String[][] {
                                {"requestReceived", "date"}, {"issued", "date"}, {"lastReviewed", "date"}}),
                simpleExtension(EhcFhir.EXT_WRITTEN_ON, "Written on",
                        "The day the section's author wrote or last changed it.", "Composition.section", type("date")),
                simpleExtension(EhcFhir.EXT_PROVISION_ITEM_ID, "Provision item id",
                        "The provision item's id, unique within the plan (CarePlan activities have no identifier).",
                        "CarePlan.activity", type("Identifier")),
                complexExtension(EhcFhir.EXT_BUDGET_LINE, "Personal budget line",
                        "One line of a personal budget (section J): funding stream, annual amount in GBP, whether it is paid as a direct payment, and what it is for.",
                        "Composition.section", new String[][] {
                                {"stream", "code"}, {"annualAmount", "Money"}, {"directPayment", "boolean"},
                                {"description", "string"}, {EhcFhir.BUDGET_LINE_OUTCOME, "Reference:Goal", "*"},
                                {EhcFhir.BUDGET_LINE_NEEDS_MET, "string"}}),
                complexExtension(EhcFhir.EXT_SEN_NEED, "Type of special educational need",
                        "One of the child's types of need with its rank, 1 primary or 2 secondary (SEN2 item 5.8).",
                        "Composition", new String[][] {{"type", "code", "1", "ehc-sen-type"}, {"rank", "positiveInt"}}),
                complexExtension(EhcFhir.EXT_PLACEMENT_TYPE, "Type of placement",
                        "Section I naming only the type of placement (SEND Regulations 2014 reg 12(1)(i)): the SEN2 "
                                + "SENSetting code and, for OTH, the placement in words.",
                        "Composition.section", new String[][] {
                                {"type", "code", "1", "ehc-sen-setting"}, {"description", "string"}}),
                simpleExtension(EhcFhir.EXT_RESPONSIBLE_COMMISSIONING_BODY, "Responsible commissioning body",
                        "The ODS code of the body commissioning the child's health provision (Children and Families Act "
                                + "2014 s42(4)), normally the ICB of the child's GP practice.",
                        "Patient", type("Identifier")),
                simpleExtension(EhcFhir.EXT_ADVICE_RECEIVED_ON, "Advice received on",
                        "The day the council received this advice.", "DocumentReference", type("date")));
    }

    private static ElementDefinition.TypeRefComponent type(String code) {
        return new ElementDefinition.TypeRefComponent().setCode(code);
    }

    private static ElementDefinition.TypeRefComponent reference(String target) {
        ElementDefinition.TypeRefComponent type = type("Reference");
        type.addTargetProfile("http://hl7.org/fhir/StructureDefinition/" + target);
        return type;
    }

    /** A code type; the binding is added where the value element is defined. */
    private static ElementDefinition.TypeRefComponent code(String valueSetId) {
        ElementDefinition.TypeRefComponent type = type("code");
        type.setUserData("valueSet", valueSetUrl(valueSetId));
        return type;
    }

    private static StructureDefinition extension(String url, String title, String description, String context) {
        StructureDefinition sd = new StructureDefinition();
        String id = url.substring(url.lastIndexOf('/') + 1);
        describe(sd, id, url, title, description);
        sd.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        sd.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
        sd.setAbstract(false);
        sd.addContext().setType(StructureDefinition.ExtensionContextType.ELEMENT).setExpression(context);
        sd.setType("Extension");
        sd.setBaseDefinition(EXTENSION);
        sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
        element(sd, "Extension", "Extension").setShort(title).setDefinition(description);
        return sd;
    }

    private static StructureDefinition simpleExtension(String url, String title, String description, String context,
                                                       ElementDefinition.TypeRefComponent valueType) {
        StructureDefinition sd = extension(url, title, description, context);
        element(sd, "Extension.extension", "Extension.extension").setMax("0");
        element(sd, "Extension.url", "Extension.url").setFixed(new UriType(url));
        ElementDefinition value = element(sd, "Extension.value[x]", "Extension.value[x]").setMin(1);
        value.addType(valueType);
        bind(value, valueType);
        return sd;
    }

    private static StructureDefinition complexExtension(String url, String title, String description, String context,
                                                        String[][] parts) {
        StructureDefinition sd = extension(url, title, description, context);
        ElementDefinition slicing = element(sd, "Extension.extension", "Extension.extension");
        slicing.getSlicing().addDiscriminator()
                .setType(ElementDefinition.DiscriminatorType.VALUE).setPath("url");
        slicing.getSlicing().setRules(ElementDefinition.SlicingRules.CLOSED);
        for (String[] part : parts) {
            String name = part[0];
            String base = "Extension.extension:" + name;
            element(sd, base, "Extension.extension").setSliceName(name).setMin(0)
                    .setMax(part.length > 2 ? part[2] : "1");
            element(sd, base + ".extension", "Extension.extension.extension").setMax("0");
            element(sd, base + ".url", "Extension.extension.url").setFixed(new UriType(name));
            ElementDefinition.TypeRefComponent valueType = name.equals("stream") ? code("ehc-funding-stream")
                    : part.length > 3 ? code(part[3])
                    : part[1].startsWith("Reference:") ? reference(part[1].substring("Reference:".length()))
                    : type(part[1]);
            ElementDefinition value = element(sd, base + ".value[x]", "Extension.extension.value[x]").setMin(1);
            value.addType(valueType);
            bind(value, valueType);
            if (name.equals("annualAmount")) {
                element(sd, base + ".value[x].currency", "Extension.extension.value[x].currency").setMin(1)
                        .setFixed(new org.hl7.fhir.r4.model.CodeType("GBP"));
            }
        }
        element(sd, "Extension.url", "Extension.url").setFixed(new UriType(url));
        element(sd, "Extension.value[x]", "Extension.value[x]").setMax("0");
        return sd;
    }

    private static void bind(ElementDefinition value, ElementDefinition.TypeRefComponent type) {
        Object valueSet = type.getUserData("valueSet");
        if (valueSet != null) {
            value.getBinding().setStrength(Enumerations.BindingStrength.REQUIRED).setValueSet((String) valueSet);
        }
    }

    private static ElementDefinition element(StructureDefinition sd, String id, String path) {
        ElementDefinition element = sd.getDifferential().addElement().setPath(path);
        element.setId(id);
        return element;
    }

    // ---- Composition profiles

    private static StructureDefinition composition(String url, String title, String description) {
        StructureDefinition sd = new StructureDefinition();
        describe(sd, url.substring(url.lastIndexOf('/') + 1), url, title, description);
        sd.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        sd.setKind(StructureDefinition.StructureDefinitionKind.RESOURCE);
        sd.setAbstract(false);
        sd.setType("Composition");
        sd.setBaseDefinition(UK_CORE_COMPOSITION);
        sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
        return sd;
    }

    private static void extensionSlice(StructureDefinition sd, String path, String name, String url, int min) {
        extensionSlice(sd, path, name, url, min, "1");
    }

    private static void extensionSlice(StructureDefinition sd, String path, String name, String url, int min,
                                       String max) {
        element(sd, path + ":" + name, path.replaceAll(":[A-Za-z0-9-]+", "")).setSliceName(name).setMin(min)
                .setMax(max).addType(type("Extension").addProfile(url));
    }

    private static ElementDefinition pattern(StructureDefinition sd, String id, String path, String system, String code) {
        return element(sd, id, path).setPattern(new CodeableConcept().addCoding(new Coding().setSystem(system).setCode(code)));
    }

    private static void entries(StructureDefinition sd, String slice, String target, int min, String max) {
        element(sd, "Composition.section:" + slice + ".entry", "Composition.section.entry").setMin(min).setMax(max)
                .addType(reference(target));
    }

    private static void sectionSlicing(StructureDefinition sd, String note) {
        ElementDefinition sections = element(sd, "Composition.section", "Composition.section").setMin(1);
        sections.getSlicing().addDiscriminator().setType(ElementDefinition.DiscriminatorType.PATTERN).setPath("code");
        sections.getSlicing().setOrdered(true).setRules(ElementDefinition.SlicingRules.CLOSED).setDescription(note);
    }

    private static void sectionCode(StructureDefinition sd, String valueSetId) {
        element(sd, "Composition.section.code", "Composition.section.code").setMin(1).getBinding()
                .setStrength(Enumerations.BindingStrength.REQUIRED).setValueSet(valueSetUrl(valueSetId));
    }

    static StructureDefinition planComposition() {
        StructureDefinition sd = composition(EhcFhir.PROFILE_EHC_PLAN_COMPOSITION, "EHC plan Composition",
                "An Education, Health and Care plan as a FHIR document: one section per statutory section A to K "
                        + "(H as H1 and H2), coded and in order. Derived from UK Core Composition.");
        extensionSlice(sd, "Composition.extension", "planStatus", EhcFhir.EXT_PLAN_STATUS, 1);
        extensionSlice(sd, "Composition.extension", "ceasedReason", EhcFhir.EXT_CEASED_REASON, 0);
        extensionSlice(sd, "Composition.extension", "planDates", EhcFhir.EXT_PLAN_DATES, 0);
        extensionSlice(sd, "Composition.extension", "senNeed", EhcFhir.EXT_SEN_NEED, 0, "2");
        element(sd, "Composition.identifier", "Composition.identifier").setMin(1);
        element(sd, "Composition.identifier.system", "Composition.identifier.system").setMin(1)
                .setFixed(new UriType(EhcFhir.ID_EHC_PLAN));
        element(sd, "Composition.identifier.value", "Composition.identifier.value").setMin(1);
        pattern(sd, "Composition.type", "Composition.type", EhcFhir.CS_DOCUMENT_TYPE, "ehc-plan");
        element(sd, "Composition.subject", "Composition.subject").setMin(1).addType(reference("Patient"));
        element(sd, "Composition.custodian", "Composition.custodian").setMin(1);
        sectionSlicing(sd, "Every plan has the twelve sections A to K, in statutory order.");
        extensionSlice(sd, "Composition.section.extension", "writtenOn", EhcFhir.EXT_WRITTEN_ON, 0);
        sectionCode(sd, "ehc-plan-section");
        element(sd, "Composition.section.author", "Composition.section.author").setMax("1");
        for (PlanSectionCode code : PlanSectionCode.values()) {
            String slice = "Composition.section:" + code.code;
            element(sd, slice, "Composition.section").setSliceName(code.code).setMin(1).setMax("1")
                    .setShort(code.title());
            if (code == PlanSectionCode.J) {
                extensionSlice(sd, slice + ".extension", "budgetLine", EhcFhir.EXT_BUDGET_LINE, 0, "*");
            }
            if (code == PlanSectionCode.I) {
                extensionSlice(sd, slice + ".extension", "placementType", EhcFhir.EXT_PLACEMENT_TYPE, 0);
            }
            pattern(sd, slice + ".code", "Composition.section.code", EhcFhir.CS_PLAN_SECTION, code.code);
            switch (code) {
                case A, B, C, D -> element(sd, slice + ".entry", "Composition.section.entry").setMax("0");
                case E -> entries(sd, code.code, "Goal", 0, "*");
                case F, G, H1, H2 -> entries(sd, code.code, "CarePlan", 1, "1");
                case I -> entries(sd, code.code, "Organization", 0, "1");
                case J -> element(sd, slice + ".entry", "Composition.section.entry").setMax("0");
                case K -> entries(sd, code.code, "DocumentReference", 0, "*");
            }
            element(sd, slice + ".section", "Composition.section.section").setMax("0");
        }
        return sd;
    }

    static StructureDefinition adviceComposition() {
        StructureDefinition sd = composition(EhcFhir.PROFILE_HEALTH_ADVICE_COMPOSITION, "Health advice Composition",
                "Health advice for an EHC needs assessment (SEND Regulations 2014 reg 6 and 8) as a FHIR document, "
                        + "answering the hub's advice request Task. Derived from UK Core Composition.");
        extensionSlice(sd, "Composition.extension", "adviceRequest", EhcFhir.EXT_ADVICE_REQUEST, 1);
        element(sd, "Composition.identifier", "Composition.identifier").setMin(1);
        element(sd, "Composition.identifier.value", "Composition.identifier.value").setMin(1);
        pattern(sd, "Composition.type", "Composition.type", EhcFhir.CS_DOCUMENT_TYPE, "health-advice");
        element(sd, "Composition.subject", "Composition.subject").setMin(1).addType(reference("Patient"));
        sectionSlicing(sd, "At most one section of each kind, in this order.");
        sectionCode(sd, "ehc-advice-section");
        Map<AdviceSectionCode, String> targets = Map.of(AdviceSectionCode.NEEDS, "Condition",
                AdviceSectionCode.OUTCOMES, "Goal", AdviceSectionCode.PROVISION, "CarePlan",
                AdviceSectionCode.ATTACHMENTS, "DocumentReference");
        for (AdviceSectionCode code : AdviceSectionCode.values()) {
            String slice = "Composition.section:" + code.code;
            element(sd, slice, "Composition.section").setSliceName(code.code).setMin(0).setMax("1")
                    .setShort(code.display);
            pattern(sd, slice + ".code", "Composition.section.code", EhcFhir.CS_ADVICE_SECTION, code.code);
            entries(sd, code.code, targets.get(code), 0, "*");
        }
        return sd;
    }

    static boolean isCompositionProfile(MetadataResource resource) {
        return resource instanceof StructureDefinition sd && "Composition".equals(sd.getType());
    }

}
