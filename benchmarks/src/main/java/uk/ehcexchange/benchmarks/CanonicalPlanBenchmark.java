package uk.ehcexchange.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.CanonicalValidator;
import uk.ehcexchange.model.validation.Violation;

/**
 * What the hub does with every plan a council submits, minus the network and the database: parse the canonical
 * JSON strictly, validate every rule, and write it back. Target: at least 2,000 plans/s on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CanonicalPlanBenchmark {

    static final String GOLDEN_PLAN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";

    private final ObjectMapper json = CanonicalJson.mapper();
    /** Fixed, so that the "not in the future" and age rules judge the golden plan the same way on any day. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));
    private byte[] plan;

    @Setup
    public void load() throws IOException {
        try (InputStream in = CanonicalPlanBenchmark.class.getResourceAsStream(GOLDEN_PLAN)) {
            plan = in.readAllBytes();
        }
    }

    @Benchmark
    public byte[] parseValidateWrite() throws IOException {
        EhcPlan parsed = json.readValue(plan, EhcPlan.class);
        List<Violation> violations = CanonicalValidator.validate(parsed, clock);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the golden plan should be valid: " + violations);
        }
        return json.writeValueAsBytes(parsed);
    }

    int planBytes() {
        return plan.length;
    }
}
