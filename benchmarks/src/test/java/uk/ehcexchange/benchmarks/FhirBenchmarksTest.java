package uk.ehcexchange.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.fhir.FhirIssue;
import uk.ehcexchange.adapters.fhir.FhirPlanMapper;
import uk.ehcexchange.adapters.fhir.MappedAdvice;

/** The FHIR benchmarks measure the real work: one call of each does all of it and gives the expected result. */
class FhirBenchmarksTest {

    @Test
    void oneAdviceOperationParsesValidatesAndMapsTheTypicalBundle() {
        FhirAdviceBenchmark benchmark = new FhirAdviceBenchmark();
        benchmark.setUp();

        MappedAdvice mapped = benchmark.parseValidateMap();

        assertThat(benchmark.bundleBytes()).as("about 50 KB of JSON").isBetween(45_000, 60_000);
        assertThat(mapped.advice().needs()).hasSize(8);
        assertThat(mapped.advice().recommendedProvision()).hasSize(8);
        assertThat(mapped.attachments()).singleElement()
                .satisfies(a -> assertThat(a.sizeBytes()).isEqualTo(TypicalAdvice.PDF_BYTES));
        assertThat(benchmark.validate()).as("the typical Bundle passes the fast check").isEmpty();
        assertThat(benchmark.validateHapi()).as("HAPI's validator reports on the typical Bundle").isNotEmpty();
        assertThat(FhirIssue.anyError(benchmark.validateHapi())).isFalse();
        Bundle broken = benchmark.parse();
        ((Composition) broken.getEntryFirstRep().getResource()).setIdentifier(null);
        assertThat(benchmark.validator().check(broken)).as("the fast check finds a missing identifier").isNotEmpty();
    }

    @Test
    void onePlanOperationWritesTheWholePlanAsJson() throws Exception {
        FhirPlanBenchmark benchmark = new FhirPlanBenchmark();
        benchmark.load();

        String json = benchmark.planToFhirJson();

        FhirContext fhir = FhirContext.forR4Cached();
        assertThat(new FhirPlanMapper(fhir).fromDocumentBundle(fhir.newJsonParser().parseResource(Bundle.class, json)))
                .isEqualTo(benchmark.plan());
        assertThat(benchmark.planToFhirJsonNoAutoContain()).as("the parser option changes nothing in the output")
                .isEqualTo(json);
    }
}
