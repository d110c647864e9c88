package uk.ehcexchange.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Companion to {@link FhirAdviceBenchmark} and {@link FhirPlanBenchmark} for a shared machine: CPU time per
 * operation, measured with the thread's CPU clock, so other work on the machine inflates the figures far less than
 * it does JMH's wall-clock throughput. Gives the breakdown of the advice pipeline (parse, validate, map) and the
 * plan export.
 *
 * <p>Not a JMH benchmark (no forks, no statistics): a rough breakdown of where the time goes.
 * Usage: {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar uk.ehcexchange.benchmarks.FhirCpuTime
 * [warm-up seconds] [measured seconds]} (defaults 10 and 10 per operation).
 */
public final class FhirCpuTime {

    private FhirCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        long warmUpNanos = (args.length > 0 ? Long.parseLong(args[0]) : 10) * 1_000_000_000L;
        long measuredNanos = (args.length > 1 ? Long.parseLong(args[1]) : 10) * 1_000_000_000L;
        FhirAdviceBenchmark advice = new FhirAdviceBenchmark();
        advice.setUp();
        FhirPlanBenchmark plan = new FhirPlanBenchmark();
        plan.load();
        System.out.printf("typical advice Bundle: %,d bytes of JSON%n", advice.bundleBytes());

        Map<String, Callable<Object>> operations = new LinkedHashMap<>();
        operations.put("advice: parse + validate + map", advice::parseValidateMap);
        operations.put("advice: parse (JSON to Bundle)", advice::parse);
        operations.put("advice: validate (offline, our profiles)", advice::validate);
        operations.put("advice: map (Bundle to canonical)", advice::map);
        operations.put("plan: canonical to FHIR Bundle to JSON", plan::planToFhirJson);
        operations.put("plan: same, parser not auto-containing", plan::planToFhirJsonNoAutoContain);
        operations.put("plan: canonical to FHIR Bundle only", plan::planToFhirOnly);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, Callable<Object>> operation : operations.entrySet()) {
            run(operation.getValue(), warmUpNanos, threads);
            long[] measured = run(operation.getValue(), measuredNanos, threads);
            double cpuMillis = measured[1] / 1e6 / measured[0];
            System.out.printf("%-45s %8.3f ms CPU/op  = %,9.0f ops/s per CPU core  (%d ops)%n",
                    operation.getKey(), cpuMillis, 1000 / cpuMillis, measured[0]);
        }
    }

    /** Runs the operation for about {@code cpuNanos} of this thread's CPU time; returns {count, cpu nanos}. */
    private static long[] run(Callable<Object> operation, long cpuNanos, ThreadMXBean threads) throws Exception {
        long start = threads.getCurrentThreadCpuTime();
        long count = 0;
        Object sink = null;
        while (threads.getCurrentThreadCpuTime() - start < cpuNanos) {
            sink = operation.call();
            count++;
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return new long[] {count, threads.getCurrentThreadCpuTime() - start};
    }
}
