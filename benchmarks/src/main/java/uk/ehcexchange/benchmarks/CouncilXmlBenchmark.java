package uk.ehcexchange.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.CouncilXmlMapper;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

/**
 * Council XML ⇄ canonical mapping of the golden plan, as the hub does it for a council whose format is council XML.
 * {@code roundTrip} is one plan each way with the I/O: read the council XML (safe parse, schema validation, binding),
 * map it to the canonical plan, map that back and write council XML; {@code mapBothWays} is the mapping functions
 * alone. Target: at least 2,000 plans/s on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CouncilXmlBenchmark {

    private EhcPlan plan;
    private byte[] xml;

    @Setup
    public void load() throws IOException {
        try (InputStream in = CouncilXmlBenchmark.class.getResourceAsStream(CanonicalPlanBenchmark.GOLDEN_PLAN)) {
            plan = CanonicalJson.mapper().readValue(in, EhcPlan.class);
        }
        xml = CouncilXml.write(CouncilXmlMapper.toXml(plan).value());
    }

    /** council XML bytes → canonical plan → council XML bytes. */
    @Benchmark
    public byte[] roundTrip() {
        EhcPlan canonical = toCanonical();
        return CouncilXml.write(CouncilXmlMapper.toXml(canonical).value());
    }

    /** The mapping functions alone, both ways: canonical plan → council XML types → canonical plan, no I/O. */
    @Benchmark
    public EhcPlan mapBothWays() {
        return CouncilXmlMapper.toCanonical(CouncilXmlMapper.toXml(plan).value()).value();
    }

    /** council XML bytes → canonical plan (parse, validate, bind, map). */
    @Benchmark
    public EhcPlan toCanonical() {
        return CouncilXmlMapper.toCanonical(CouncilXml.readPlan(new ByteArrayInputStream(xml))).value();
    }

    /** canonical plan → council XML bytes (map, write). */
    @Benchmark
    public byte[] toCouncilXml() {
        return CouncilXml.write(CouncilXmlMapper.toXml(plan).value());
    }

    EhcPlan plan() {
        return plan;
    }

    byte[] xml() {
        return xml;
    }
}
