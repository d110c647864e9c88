package uk.ehcexchange.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Companion to {@link FhirAdviceBenchmark} and {@link FhirPlanBenchmark} for a shared machine ({@link CpuTime}):
 * the breakdown of the advice pipeline (parse, validate, map) and the plan export.
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
        operations.put("advice: validate (fast check of our profiles)", advice::validate);
        operations.put("advice: validate (HAPI's instance validator)", advice::validateHapi);
        operations.put("advice: parse + HAPI validation + map", advice::parseValidateMapHapi);
        operations.put("advice: map (Bundle to canonical)", advice::map);
        operations.put("plan: canonical to FHIR Bundle to JSON", plan::planToFhirJson);
        operations.put("plan: same, parser not auto-containing", plan::planToFhirJsonNoAutoContain);
        operations.put("plan: canonical to FHIR Bundle only", plan::planToFhirOnly);

        CpuTime.print(operations, warmUpNanos, measuredNanos);
    }
}
