package uk.ehcexchange.adapters.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our profiles, offline, without UK Core: what the hub runs on every inbound and outbound FHIR document. */
class FhirProfileValidatorTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    private static FhirProfileValidator validator;

    @BeforeAll
    static void warmUp() {
        validator = new FhirProfileValidator(FHIR);
        validator.warmUp();
    }

    static Bundle golden(String path) {
        return FHIR.newJsonParser().parseResource(Bundle.class, Golden.read(Golden.ROOT + path));
    }

    static List<FhirIssue> errors(List<FhirIssue> issues) {
        return issues.stream().filter(FhirIssue::isError).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "plan/plan-919-full.fhir.json", "plan/sections-a-to-d-prose.fhir.json", "plan/section-e-outcomes.fhir.json",
            "plan/sections-f-g-h1-h2-provision.fhir.json", "plan/section-i-draft-without-establishment.fhir.json",
            "plan/section-i-college.fhir.json", "plan/section-i-otherwise-than-at-school.fhir.json",
            "plan/section-j-budget.fhir.json", "plan/section-k-advice.fhir.json",
            "plan/ceased-plan.fhir.json", "advice/advice-919.document.fhir.json", "advice/advice-919.message.fhir.json",
            "advice/trust-own-identifiers.fhir.json"})
    void theMappersOutputIsValid(String path) {
        List<FhirIssue> issues = validator.validate(golden(path));

        issues.forEach(i -> System.out.println(path + ": " + i));
        assertThat(errors(issues)).isEmpty();
    }

    @Test
    void theWarmUpDocumentsAreValidSoWarmingUpWalksTheWholeOfThem() {
        for (Bundle document : List.of(WarmUp.document(FHIR), WarmUp.adviceDocument(FHIR))) {
            assertThat(errors(validator.validate(document))).isEmpty();
            assertThat(validator.check(document)).isEmpty();
        }
    }

    @Test
    void aPlanWithoutSectionGBreaksTheProfile() {
        Bundle bundle = golden("plan/plan-919-full.fhir.json");
        Composition composition = (Composition) bundle.getEntryFirstRep().getResource();
        composition.getSection().removeIf(s -> "G".equals(s.getCode().getCodingFirstRep().getCode()));

        assertThat(errors(validator.validate(bundle)))
                .anySatisfy(i -> assertThat(i.diagnostics()).contains("Composition.section:G"));
    }

    @Test
    void sectionsOutOfOrderBreakTheProfile() {
        Bundle bundle = golden("plan/plan-919-full.fhir.json");
        Composition composition = (Composition) bundle.getEntryFirstRep().getResource();
        Composition.SectionComponent a = composition.getSection().remove(0);
        composition.getSection().add(a);

        assertThat(errors(validator.validate(bundle))).isNotEmpty();
    }

    @Test
    void aPlanStatusOutsideItsCodeSystemIsAnError() {
        Bundle bundle = golden("plan/plan-919-full.fhir.json");
        Composition composition = (Composition) bundle.getEntryFirstRep().getResource();
        composition.getExtensionByUrl(EhcFhir.EXT_PLAN_STATUS).setValue(new org.hl7.fhir.r4.model.CodeType("archived"));

        assertThat(errors(validator.validate(bundle)))
                .anySatisfy(i -> assertThat(i.diagnostics()).contains("archived"));
    }

    @Test
    void adviceWithoutItsTaskBreaksTheProfile() {
        Bundle bundle = golden("advice/advice-919.document.fhir.json");
        Composition composition = (Composition) bundle.getEntryFirstRep().getResource();
        composition.getExtension().removeIf(e -> EhcFhir.EXT_ADVICE_REQUEST.equals(e.getUrl()));

        assertThat(errors(validator.validate(bundle)))
                .anySatisfy(i -> assertThat(i.diagnostics()).contains("adviceRequest"));
    }

    /** Offline SNOMED: a well-formed concept id passes unseen; a mistyped one fails on its check digit. */
    @Test
    void snomedCodesAreCheckedByFormAndCheckDigitOnly() {
        Bundle wellFormed = golden("advice/advice-919.document.fhir.json");
        condition(wellFormed).getCode().getCodingFirstRep().setCode("999999999999107").setDisplay("Not a real concept");
        Bundle mistyped = golden("advice/advice-919.document.fhir.json");
        condition(mistyped).getCode().getCodingFirstRep().setCode("35919006");

        assertThat(errors(validator.validate(wellFormed))).isEmpty();
        assertThat(errors(validator.validate(mistyped)))
                .anySatisfy(i -> assertThat(i.diagnostics()).contains("SNOMED CT concept identifier"));
    }

    @Test
    void verhoeffCheckDigits() {
        assertThat(SnomedCodings.isConceptId("35919005")).isTrue();
        assertThat(SnomedCodings.isConceptId("193462001")).isTrue();
        assertThat(SnomedCodings.isConceptId("138875005")).as("SNOMED CT root concept").isTrue();
        assertThat(SnomedCodings.isConceptId("35919006")).isFalse();
        assertThat(SnomedCodings.isConceptId("035919005")).isFalse();
        assertThat(SnomedCodings.isConceptId("12345")).isFalse();
        assertThat(SnomedCodings.isConceptId("123456017")).as("description partition, not a concept").isFalse();
        assertThat(SnomedCodings.isConceptId("999999999999107")).as("an extension concept").isTrue();
    }

    @Test
    void issuesConvertToAnOperationOutcome() {
        Bundle bundle = golden("plan/plan-919-full.fhir.json");
        ((Composition) bundle.getEntryFirstRep().getResource()).setSubject(null);

        var outcome = FhirIssue.toOperationOutcome(errors(validator.validate(bundle)));

        assertThat(outcome.getIssue()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.getSeverity()).isEqualTo(org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.ERROR);
            assertThat(issue.getExpression()).isNotEmpty();
            assertThat(issue.getDiagnostics()).isNotBlank();
        });
    }

    private static org.hl7.fhir.r4.model.Condition condition(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(org.hl7.fhir.r4.model.Condition.class::isInstance).map(org.hl7.fhir.r4.model.Condition.class::cast)
                .filter(c -> c.getCode().hasCoding()).findFirst().orElseThrow();
    }
}
