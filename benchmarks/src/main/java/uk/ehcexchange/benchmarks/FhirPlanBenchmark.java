package uk.ehcexchange.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.ehcexchange.adapters.fhir.FhirPlanMapper;
import uk.ehcexchange.adapters.fhir.PlanBundleContext;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

/**
 * What the hub does for every final plan it sends to an ICB, short of validating the document: the canonical plan
 * (already parsed and validated) as a FHIR document Bundle, written as JSON by HAPI's encoder. The golden 919 plan
 * (34 KB canonical, about 60 KB of FHIR JSON). Issue 4's target was at least 1,000 plans/s on one core; a writer of
 * our own met it, but the hub validates each document with HAPI's validator before sending it (about 350 ms of
 * CPU), so the writer saved about 2 ms of a much longer path and was removed in issue 13 (benchmarks/README.md).
 *
 * <p>{@code planToFhirJsonNoAutoContain} uses a FhirContext whose parser does not look for reference targets to
 * contain ({@code ParserOptions#setAutoContainReferenceTargetsWithNoId(false)}): the mapper's references are all
 * {@code urn:uuid} strings, so that walk of every element before encoding finds nothing and only costs time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class FhirPlanBenchmark {

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final FhirPlanMapper mapper = new FhirPlanMapper(fhir);
    private final FhirContext fhirNoAutoContain = noAutoContain();
    private final FhirPlanMapper mapperNoAutoContain = new FhirPlanMapper(fhirNoAutoContain);
    private final PlanBundleContext context =
            new PlanBundleContext("bench-0001", Instant.parse("2026-11-23T10:15:30Z"), "Hertfordshire");
    private EhcPlan plan;

    @Setup
    public void load() throws IOException {
        try (InputStream in = FhirPlanBenchmark.class.getResourceAsStream(CanonicalPlanBenchmark.GOLDEN_PLAN)) {
            plan = CanonicalJson.mapper().readValue(in, EhcPlan.class);
        }
    }

    @Benchmark
    public String planToFhirJson() {
        IParser json = fhir.newJsonParser();
        return json.encodeResourceToString(mapper.toDocumentBundle(plan, context));
    }

    @Benchmark
    public String planToFhirJsonNoAutoContain() {
        return fhirNoAutoContain.newJsonParser()
                .encodeResourceToString(mapperNoAutoContain.toDocumentBundle(plan, context));
    }

    @Benchmark
    public Bundle planToFhirOnly() {
        return mapper.toDocumentBundle(plan, context);
    }

    private static FhirContext noAutoContain() {
        FhirContext fhir = FhirContext.forR4();
        fhir.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
        return fhir;
    }

    EhcPlan plan() {
        return plan;
    }
}
