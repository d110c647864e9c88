package uk.ehcexchange.adapters.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast check ({@link FhirProfileValidator#check}) must reach HAPI's verdict ({@link FhirProfileValidator#validate})
 * on every golden document and on each broken variant below: the hub rejects on the fast one, so a rule it misses is
 * a document accepted that HAPI would refuse. Each case names the rule it breaks.
 */
class SnapshotValidatorAgreementTest {

    private static FhirProfileValidator validator;

    @BeforeAll
    static void warmUp() {
        validator = new FhirProfileValidator(FhirProfileValidatorTest.FHIR);
        validator.warmUp();
    }

    private static final String ADVICE = "advice/advice-919.document.fhir.json";
    private static final String MESSAGE = "advice/advice-919.message.fhir.json";
    private static final String PLAN = "plan/plan-919-full.fhir.json";

    static Stream<Arguments> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        for (String golden : List.of(ADVICE, MESSAGE, "advice/trust-own-identifiers.fhir.json", PLAN,
                "plan/sections-a-to-d-prose.fhir.json", "plan/section-e-outcomes.fhir.json",
                "plan/sections-f-g-h1-h2-provision.fhir.json", "plan/section-i-draft-without-establishment.fhir.json",
                "plan/section-i-college.fhir.json", "plan/section-j-budget.fhir.json", "plan/section-k-advice.fhir.json",
                "plan/ceased-plan.fhir.json")) {
            cases.put("valid " + golden, new Case(golden, b -> { }, false));
        }
        advice(cases, "Composition.identifier min 1", b -> composition(b).setIdentifier(null));
        advice(cases, "Composition.status min 1", b -> composition(b).setStatus(null));
        advice(cases, "Composition.date min 1", b -> composition(b).setDateElement(null));
        advice(cases, "Composition.title min 1", b -> composition(b).setTitle(null));
        advice(cases, "Composition.author min 1", b -> composition(b).getAuthor().clear());
        advice(cases, "Composition.type pattern", b -> composition(b).getType().getCodingFirstRep().setCode("ehc-plan"));
        advice(cases, "adviceRequest extension min 1", b -> composition(b).getExtension().clear());
        advice(cases, "section slice max 1", b -> composition(b).getSection().add(composition(b).getSection().get(0).copy()));
        advice(cases, "sections ordered", b -> composition(b).getSection().add(composition(b).getSection().remove(0)));
        advice(cases, "section code closed slicing and required binding",
                b -> composition(b).getSection().get(0).getCode().getCodingFirstRep().setCode("gossip"));
        advice(cases, "cmp-2 section with neither text, entries nor sections", b -> {
            Composition.SectionComponent section = composition(b).getSection().get(0);
            section.setText(null);
            section.getEntry().clear();
        });
        advice(cases, "subject must refer to a Patient",
                b -> composition(b).getSubject().setReference(b.getEntry().get(3).getFullUrl()));
        advice(cases, "section entry must refer to a Condition",
                b -> composition(b).getSection().get(0).getEntryFirstRep().setReference(b.getEntry().get(8).getFullUrl()));
        advice(cases, "code of our CodeSystem unknown",
                b -> composition(b).getCategoryFirstRep().addCoding(new Coding(EhcFhir.CS_ADVICE_TYPE, "gossip", null)));
        advice(cases, "Condition.clinicalStatus required binding",
                b -> first(b, Condition.class).getClinicalStatus().getCodingFirstRep().setCode("bogus"));
        advice(cases, "SNOMED CT concept id with a wrong check digit",
                b -> first(b, Condition.class).getCode().getCodingFirstRep().setCode("35919006"));
        advice(cases, "Condition.subject min 1", b -> first(b, Condition.class).setSubject(null));
        advice(cases, "con-5 clinicalStatus with entered-in-error", b -> first(b, Condition.class)
                .setVerificationStatus(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/condition-ver-status", "entered-in-error", null))));
        advice(cases, "Goal.lifecycleStatus min 1", b -> first(b, Goal.class).setLifecycleStatus(null));
        advice(cases, "Goal.description min 1", b -> first(b, Goal.class).setDescription(null));
        advice(cases, "CarePlan.intent min 1", b -> first(b, CarePlan.class).setIntent(null));
        advice(cases, "DocumentReference.content min 1", b -> first(b, DocumentReference.class).getContent().clear());
        advice(cases, "DocumentReference.status min 1", b -> first(b, DocumentReference.class).setStatus(null));
        advice(cases, "att-1 data without contentType",
                b -> first(b, DocumentReference.class).getContentFirstRep().getAttachment().setContentType(null));
        advice(cases, "Attachment.contentType outside the mime types is allowed (neither can check it offline)",
                b -> first(b, DocumentReference.class).getContentFirstRep().getAttachment().setContentType("pdf please"));
        advice(cases, "bdl-9 document without identifier", b -> b.setIdentifier(null));
        advice(cases, "bdl-10 document without timestamp", b -> b.setTimestampElement(null));
        advice(cases, "bdl-11 Composition not first", b -> b.getEntry().add(b.getEntry().remove(0)));
        advice(cases, "bdl-7 fullUrl repeated", b -> b.getEntry().get(2).setFullUrl(b.getEntry().get(1).getFullUrl()));
        advice(cases, "Bundle.type min 1", b -> b.setType(null));
        advice(cases, "Extension.url min 1", b -> first(b, Patient.class).getExtension().add(new Extension().setValue(new StringType("x"))));
        advice(cases, "per-1 period ends before it starts", b -> first(b, Patient.class).getIdentifierFirstRep()
                .setPeriod(new Period().setStartElement(new DateTimeType("2026-01-02")).setEndElement(new DateTimeType("2026-01-01"))));
        advice(cases, "qty-3 quantity code without system", b -> first(b, Goal.class).getTargetFirstRep()
                .setDetail(new Quantity().setValue(3).setCode("wk")));
        advice(cases, "Narrative.status min 1", b -> {
            Narrative text = new Narrative();
            text.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>");
            first(b, Organization.class).setText(text);
        });
        advice(cases, "code format (no double spaces)", b -> composition(b).setLanguage("en  GB"));
        advice(cases, "id format", b -> first(b, Practitioner.class).setId("not a valid id!"));
        advice(cases, "dom-3 contained resource nobody refers to",
                b -> first(b, Patient.class).addContained(new Organization().setName("Unreferenced").setId("org1")));
        advice(cases, "Reference.reference to a contained resource that is not there",
                b -> first(b, Condition.class).setAsserter(new Reference("#missing")));
        advice(cases, "unknown extension is allowed", b -> composition(b).addExtension("https://example.org/x", new StringType("y")));
        message(cases, "MessageHeader.source min 1", b -> first(b, org.hl7.fhir.r4.model.MessageHeader.class).setSource(null));
        message(cases, "bdl-12 message without MessageHeader first", b -> b.getEntry().add(b.getEntry().remove(0)));
        plan(cases, "plan section G min 1", b -> composition(b).getSection()
                .removeIf(s -> "G".equals(s.getCode().getCodingFirstRep().getCode())));
        plan(cases, "plan sections ordered", b -> composition(b).getSection().add(composition(b).getSection().remove(0)));
        plan(cases, "plan status code outside its CodeSystem",
                b -> composition(b).getExtensionByUrl(EhcFhir.EXT_PLAN_STATUS).setValue(new CodeType("archived")));
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFastCheckReachesHapisVerdict(String name, Case testCase) {
        Bundle bundle = FhirProfileValidatorTest.golden(testCase.golden);
        testCase.breakIt.accept(bundle);

        List<FhirIssue> hapi = FhirProfileValidatorTest.errors(validator.validate(bundle));
        List<FhirIssue> fast = validator.check(bundle);

        assertThat(fast).as("fast check errors; HAPI said " + hapi).allSatisfy(i -> assertThat(i.isError()).isTrue());
        assertThat(!fast.isEmpty()).as("fast check found errors: " + fast + "; HAPI found: " + hapi)
                .isEqualTo(!hapi.isEmpty());
        assertThat(!hapi.isEmpty()).as("the case is meant to be " + (testCase.broken ? "broken" : "valid") + ": " + hapi)
                .isEqualTo(testCase.broken);
    }

    record Case(String golden, Consumer<Bundle> breakIt, boolean broken) {
        @Override
        public String toString() {
            return golden;
        }
    }

    private static void advice(Map<String, Case> cases, String name, Consumer<Bundle> breakIt) {
        cases.put(name, new Case(ADVICE, breakIt, !name.contains(" is allowed")));
    }

    private static void message(Map<String, Case> cases, String name, Consumer<Bundle> breakIt) {
        cases.put(name, new Case(MESSAGE, breakIt, true));
    }

    private static void plan(Map<String, Case> cases, String name, Consumer<Bundle> breakIt) {
        cases.put(name, new Case(PLAN, breakIt, true));
    }

    private static Composition composition(Bundle bundle) {
        return first(bundle, Composition.class);
    }

    /** The first resource of a type, in a document or inside a message's document. */
    private static <T extends Resource> T first(Bundle bundle, Class<T> type) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (type.isInstance(entry.getResource())) {
                return type.cast(entry.getResource());
            }
            if (entry.getResource() instanceof Bundle inner) {
                T found = first(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
