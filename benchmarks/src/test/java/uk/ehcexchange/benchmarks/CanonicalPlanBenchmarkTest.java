package uk.ehcexchange.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The benchmark measures the real work: one call parses, validates and writes the golden plan unchanged. */
class CanonicalPlanBenchmarkTest {

    @Test
    void oneOperationRoundTripsTheGoldenPlan() throws Exception {
        CanonicalPlanBenchmark benchmark = new CanonicalPlanBenchmark();
        benchmark.load();

        byte[] written = benchmark.parseValidateWrite();

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(written)).isEqualTo(
                json.readTree(CanonicalPlanBenchmark.class.getResourceAsStream(CanonicalPlanBenchmark.GOLDEN_PLAN)));
        assertThat(benchmark.planBytes()).as("about 30 KB of plan text").isGreaterThan(25_000);
    }
}
