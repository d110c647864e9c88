package uk.ehcexchange.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * How fast a hub node starts, stops and recovers, as an orchestrator sees it: the built jar as its own process
 * ({@link HubNode}: production configuration on the embedded database and broker), timed from the outside.
 *
 * <pre>
 * mvn -B -q -DskipTests -pl benchmarks -am package
 * java -cp benchmarks/target/benchmarks.jar uk.ehcexchange.benchmarks.StartStopHarness \
 *      routes/target/ehc-routes-0.1.0-SNAPSHOT-exec.jar start 7 on
 * </pre>
 * Modes, each repeated N times with the median (and range) reported:
 * <ul>
 *   <li>{@code start N on|off}: launch → /readyz 200 (the council API is routable), and with FHIR on → /fhir/metadata
 *       200 (FHIR warm); then SIGTERM of the idle node → the process has exited. A fresh data folder each time.</li>
 *   <li>{@code stop N}: SIGTERM while 8 council threads store plans and start transfers → exit; counts the answers
 *       (2xx, other, none).</li>
 *   <li>{@code recovery N}: a transfer is started (202) and the node is killed with kill -9 at once; the node is
 *       started again on the same data: launch → /readyz 200, and launch → the transfer is DELIVERED on the
 *       sender's ledger.</li>
 * </ul>
 */
public final class StartStopHarness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_LIMIT = Duration.ofMinutes(8);

    private final Path jar;

    private StartStopHarness(Path jar) {
        this.jar = jar;
    }

    public static void main(String[] args) throws Exception {
        StartStopHarness harness = new StartStopHarness(Path.of(args[0]));
        String mode = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        switch (mode) {
            case "start" -> harness.start(runs, args.length <= 3 || args[3].equals("on"));
            case "stop" -> harness.stopUnderLoad(runs);
            case "recovery" -> harness.recovery(runs);
            default -> throw new IllegalArgumentException("mode: start, stop or recovery");
        }
        System.exit(0);
    }

    private void start(int runs, boolean fhir) throws Exception {
        List<Long> ready = new ArrayList<>();
        List<Long> readyCpu = new ArrayList<>();
        List<Long> fhirReady = new ArrayList<>();
        List<Long> fhirReadyCpu = new ArrayList<>();
        List<Long> idleStop = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            HubNode node = new HubNode(jar, Files.createTempDirectory("start-stop-"), fhir);
            long launched = System.nanoTime();
            node.launch();
            node.awaitOk("/readyz", START_LIMIT);
            ready.add(millisSince(launched));
            readyCpu.add(node.cpuMillis());
            if (fhir) {
                node.awaitOk("/fhir/metadata", START_LIMIT);   // served once FHIR is warm (any version of the hub)
                fhirReady.add(millisSince(launched));
                fhirReadyCpu.add(node.cpuMillis());
            }
            idleStop.add(node.terminate(Duration.ofSeconds(60)).toMillis());
            System.out.printf(Locale.UK, "run %d: ready %,d ms (CPU %,d ms)%s, idle stop %,d ms; load average %s%n",
                    run, last(ready), last(readyCpu), fhir ? String.format(Locale.UK, ", FHIR warm %,d ms (CPU %,d ms)",
                            last(fhirReady), last(fhirReadyCpu)) : "", last(idleStop), loadAverage());
        }
        System.out.println("FHIR " + (fhir ? "on" : "off") + ", " + runs + " starts:");
        report("launch -> /readyz 200", ready);
        report("  CPU time of the hub's process by then", readyCpu);
        if (fhir) {
            report("launch -> /fhir/metadata 200 (FHIR warm)", fhirReady);
            report("  CPU time of the hub's process by then", fhirReadyCpu);
        }
        report("SIGTERM (idle) -> exited", idleStop);
    }

    private void stopUnderLoad(int runs) throws Exception {
        List<Long> stops = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            HubNode node = new HubNode(jar, Files.createTempDirectory("start-stop-"), false);
            node.launch();
            node.awaitOk("/readyz", START_LIMIT);
            AtomicBoolean stopping = new AtomicBoolean();
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger other = new AtomicInteger();
            AtomicInteger none = new AtomicInteger();
            ExecutorService councils = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 8; i++) {
                councils.execute(() -> {
                    while (!stopping.get() || node.status("/livez") == 200) {
                        try {
                            String planId = "STOP-" + UUID.randomUUID().toString().substring(0, 8);
                            HttpResponse<String> stored = node.send("PUT", "/api/v1/plans/" + planId,
                                    plan(planId), "plan-" + planId);
                            HttpResponse<String> started = stored.statusCode() == 201
                                    ? node.send("POST", "/api/v1/transfers", transfer(planId), "move-" + planId)
                                    : stored;
                            (started.statusCode() / 100 == 2 ? ok : other).incrementAndGet();
                        } catch (IOException refusedOrCutOff) {
                            none.incrementAndGet();
                            if (stopping.get()) {
                                return;
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
            LockSupport.parkNanos(Duration.ofSeconds(5).toNanos());
            stopping.set(true);
            stops.add(node.terminate(Duration.ofSeconds(60)).toMillis());
            councils.shutdown();
            councils.awaitTermination(30, TimeUnit.SECONDS);
            System.out.printf(Locale.UK, "run %d: SIGTERM under load -> exited in %,d ms; answers 2xx %d, other %d,"
                    + " none (refused or cut off) %d%n", run, last(stops), ok.get(), other.get(), none.get());
        }
        report("SIGTERM (8 writers) -> exited", stops);
    }

    private void recovery(int runs) throws Exception {
        List<Long> ready = new ArrayList<>();
        List<Long> delivered = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            HubNode node = new HubNode(jar, Files.createTempDirectory("start-stop-"), false);
            node.launch();
            node.awaitOk("/readyz", START_LIMIT);
            String planId = "KILL-" + UUID.randomUUID().toString().substring(0, 8);
            expect(201, node.send("PUT", "/api/v1/plans/" + planId, plan(planId), "plan-" + planId));
            HttpResponse<String> started = node.send("POST", "/api/v1/transfers", transfer(planId), "move-" + planId);
            expect(202, started);
            String transferId = JSON.readTree(started.body()).get("transferId").asText();
            node.kill();

            long launched = System.nanoTime();
            node.launch();
            node.awaitOk("/readyz", START_LIMIT);
            ready.add(millisSince(launched));
            while (!isDelivered(node, transferId)) {
                if (millisSince(launched) > START_LIMIT.toMillis()) {
                    throw new IllegalStateException("transfer " + transferId + " not delivered after the restart");
                }
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
            delivered.add(millisSince(launched));
            node.terminate(Duration.ofSeconds(60));
            System.out.printf(Locale.UK, "run %d: after kill -9, restart -> ready %,d ms, transfer delivered %,d ms%n",
                    run, last(ready), last(delivered));
        }
        report("restart after kill -9 -> /readyz 200", ready);
        report("restart after kill -9 -> transfer in flight DELIVERED", delivered);
    }

    private static boolean isDelivered(HubNode node, String transferId) throws IOException, InterruptedException {
        HttpResponse<String> ledger = node.send("GET", "/api/v1/transfers/" + transferId, null, null);
        if (ledger.statusCode() != 200) {
            return false;
        }
        for (JsonNode event : JSON.readTree(ledger.body()).path("history")) {
            if (event.path("status").asText().equals("DELIVERED")) {
                return true;
            }
        }
        return false;
    }

    private static String plan(String planId) throws IOException {
        try (InputStream in = StartStopHarness.class.getResourceAsStream(CanonicalPlanBenchmark.GOLDEN_PLAN)) {
            ObjectNode golden = (ObjectNode) JSON.readTree(in);
            golden.put("planId", planId);
            return golden.toString();
        }
    }

    private static String transfer(String planId) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "821", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, today, today.minusDays(40));
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf(Locale.UK, "  %-55s median %,6d ms (min %,d, max %,d, n=%d)%n", what, median,
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    /** The machine's one-minute load average, to judge a wall-clock figure by (Linux; "?" elsewhere). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private static long last(List<Long> values) {
        return values.get(values.size() - 1);
    }
}
