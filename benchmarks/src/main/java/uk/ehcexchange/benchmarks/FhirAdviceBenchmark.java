package uk.ehcexchange.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
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
import uk.ehcexchange.adapters.fhir.FhirAdviceMapper;
import uk.ehcexchange.adapters.fhir.FhirIssue;
import uk.ehcexchange.adapters.fhir.FhirProfileValidator;
import uk.ehcexchange.adapters.fhir.MappedAdvice;
import uk.ehcexchange.model.HealthAdvice;

/**
 * What the hub does with every advice Bundle a trust posts, minus HTTP and the database: parse the ~50 KB JSON,
 * validate it offline against FHIR R4 and our profiles, and map it to the canonical advice. Target: at least 300
 * Bundles/s on one core. The three parts are also measured alone, to show where the time goes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class FhirAdviceBenchmark {

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final FhirAdviceMapper mapper = new FhirAdviceMapper(fhir);
    private FhirProfileValidator validator;
    private String json;
    private Bundle parsed;

    @Setup
    public void setUp() {
        validator = new FhirProfileValidator(fhir);
        validator.warmUp();
        HealthAdvice advice = TypicalAdvice.advice();
        json = fhir.newJsonParser().encodeResourceToString(mapper.toAdviceBundle(advice, TypicalAdvice.context(advice)));
        parsed = parse();
    }

    /** What the hub does on the request path: the fast check of our profiles. */
    @Benchmark
    public MappedAdvice parseValidateMap() {
        return parseValidateMap(validator::check);
    }

    /** The same with HAPI's instance validator in place of the fast check ({@code ehc.fhir.inbound-validation=hapi}). */
    @Benchmark
    public MappedAdvice parseValidateMapHapi() {
        return parseValidateMap(validator::validate);
    }

    private MappedAdvice parseValidateMap(Function<Bundle, List<FhirIssue>> validation) {
        Bundle bundle = parse();
        List<FhirIssue> issues = validation.apply(bundle);
        if (FhirIssue.anyError(issues)) {
            throw new IllegalStateException("the typical advice should be valid: " + issues);
        }
        return mapper.fromBundle(bundle);
    }

    @Benchmark
    public Bundle parse() {
        return fhir.newJsonParser().parseResource(Bundle.class, json);
    }

    @Benchmark
    public List<FhirIssue> validate() {
        return validator.check(parsed);
    }

    @Benchmark
    public List<FhirIssue> validateHapi() {
        return validator.validate(parsed);
    }

    @Benchmark
    public MappedAdvice map() {
        return mapper.fromBundle(parsed);
    }

    FhirProfileValidator validator() {
        return validator;
    }

    int bundleBytes() {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }
}
