package uk.ehcexchange.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3c.dom.Element;
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.SafeXml;
import uk.ehcexchange.adapters.councilxml.jaxb.EhcPlanType;

/**
 * Companion to {@link CouncilXmlBenchmark} for a shared machine ({@link CpuTime}): CPU time per operation of the
 * benchmark's operations, then the DOM path that reading falls back to for a document that fails (to name each
 * error by its XPath) — until the streaming pass, every document's read — for comparison with that pass.
 * Usage: {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar uk.ehcexchange.benchmarks.CouncilXmlCpuTime
 * [warm-up seconds] [measured seconds]} (defaults 8 and 6 per operation: the JIT needs several seconds for the first).
 */
public final class CouncilXmlCpuTime {

    private CouncilXmlCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        long warmUpNanos = (args.length > 0 ? Long.parseLong(args[0]) : 8) * 1_000_000_000L;
        long measuredNanos = (args.length > 1 ? Long.parseLong(args[1]) : 6) * 1_000_000_000L;
        CouncilXmlBenchmark benchmark = new CouncilXmlBenchmark();
        benchmark.load();
        byte[] xml = benchmark.xml();
        System.out.printf("golden plan: %,d bytes of council XML%n", xml.length);

        Map<String, Callable<Object>> operations = new LinkedHashMap<>();
        operations.put("toCanonical (read + map)", benchmark::toCanonical);
        operations.put("toCouncilXml (map + write)", benchmark::toCouncilXml);
        operations.put("mapBothWays (mapping alone)", benchmark::mapBothWays);
        operations.put("read only (streaming pass)", () -> CouncilXml.readPlan(xml));
        operations.put("roundTrip", benchmark::roundTrip);
        operations.put("DOM path: parse", () -> SafeXml.parse(new ByteArrayInputStream(xml)));
        operations.put("DOM path: parse + validate", () -> SafeXml.violations(CouncilXml.schema(),
                SafeXml.parse(new ByteArrayInputStream(xml)).getDocumentElement()));
        operations.put("DOM path: parse + validate + bind", () -> {
            Element plan = SafeXml.parse(new ByteArrayInputStream(xml)).getDocumentElement();
            SafeXml.violations(CouncilXml.schema(), plan);
            return CouncilXml.unmarshal(plan, EhcPlanType.class);
        });

        CpuTime.print(operations, warmUpNanos, measuredNanos);
    }
}
