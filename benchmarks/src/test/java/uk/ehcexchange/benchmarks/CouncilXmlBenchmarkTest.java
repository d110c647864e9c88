package uk.ehcexchange.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.CouncilXmlMapper;

/** The benchmark measures the real work: one round trip gives back the golden plan, field for field. */
class CouncilXmlBenchmarkTest {

    @Test
    void oneRoundTripGivesBackTheGoldenPlan() throws Exception {
        CouncilXmlBenchmark benchmark = new CouncilXmlBenchmark();
        benchmark.load();

        byte[] written = benchmark.roundTrip();

        assertThat(CouncilXmlMapper.toCanonical(CouncilXml.readPlan(written)).value()).isEqualTo(benchmark.plan());
        assertThat(benchmark.toCanonical()).isEqualTo(benchmark.plan());
        assertThat(benchmark.mapBothWays()).isEqualTo(benchmark.plan());
        assertThat(written.length).as("the whole plan, about 40 KB of council XML").isGreaterThan(30_000);
    }
}
