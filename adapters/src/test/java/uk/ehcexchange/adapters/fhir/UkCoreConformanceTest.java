package uk.ehcexchange.adapters.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the hub emits and accepts validates against NHS England's UK Core 2.0.0, using the full definitions in
 * ../shared/fhir/uk-core-2.0.0/ (not shipped with the product). Skipped, with the reason printed, only when that
 * folder is absent.
 */
class UkCoreConformanceTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static FhirProfileValidator validator;

    @BeforeAll
    static void loadUkCore() {
        if (!UkCore.present()) {
            System.out.println("Skipping UK Core conformance: " + UkCore.absentReason());
        }
        assumeTrue(UkCore.present(), UkCore::absentReason);
        validator = new FhirProfileValidator(FHIR, UkCore.folder());
        validator.warmUp();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "plan/plan-919-full.fhir.json", "plan/section-i-draft-without-establishment.fhir.json",
            "plan/section-j-budget.fhir.json", "plan/section-k-advice.fhir.json", "plan/ceased-plan.fhir.json",
            "advice/advice-919.document.fhir.json", "advice/advice-919.message.fhir.json",
            "advice/trust-own-identifiers.fhir.json"})
    void validatesAgainstUkCore(String path) {
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, Golden.read(Golden.ROOT + path));

        List<FhirIssue> issues = validator.validate(bundle);

        issues.stream().filter(i -> i.severity() != org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.INFORMATION)
                .forEach(i -> System.out.println(path + ": " + i));
        assertThat(issues).filteredOn(FhirIssue::isError).isEmpty();
        assertThat(issues).as("every UK Core profile the document claims was found")
                .noneMatch(i -> i.diagnostics().contains("Validation_VAL_Profile_Unknown"));
        assertThat(validator.check(bundle)).as("the fast check agrees, UK Core profiles included").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anNhsNumberIdentifierWithoutItsNumberBreaksUkCoreForBothValidators() {
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class,
                Golden.read(Golden.ROOT + "advice/advice-919.document.fhir.json"));
        org.hl7.fhir.r4.model.Patient patient = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(org.hl7.fhir.r4.model.Patient.class::isInstance)
                .map(org.hl7.fhir.r4.model.Patient.class::cast).findFirst().orElseThrow();
        patient.getIdentifierFirstRep().setValue(null);

        assertThat(validator.validate(bundle)).filteredOn(FhirIssue::isError).isNotEmpty();
        assertThat(validator.check(bundle)).anySatisfy(i -> assertThat(i.diagnostics()).contains("UKCore-Patient"));
    }
}
