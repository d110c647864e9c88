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

    private static final FhirContext FHIR = FhirContext.forR4Cached();
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
            "plan/section-i-college.fhir.json", "plan/section-j-budget.fhir.json", "plan/section-k-advice.fhir.json",
            "plan/ceased-plan.fhir.json", "advice/advice-919.document.fhir.json", "advice/advice-919.message.fhir.json",
            "advice/trust-own-identifiers.fhir.json"})
    void theMappersOutputIsValid(String path) {
        List<FhirIssue> issues = validator.validate(golden(path));

        issues.forEach(i -> System.out.println(path + ": " + i));
        assertThat(errors(issues)).isEmpty();
    }
}
