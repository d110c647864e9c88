package uk.ehcexchange.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * End-to-end load on a running hub: transfers from Hertfordshire (919) to Luton (821) started at a steady rate,
 * each timed from the API call that starts it to the moment the sender's ledger records the receipt of delivery.
 * It drives the hub only over HTTP, with the demonstration API keys, and only on this machine (loopback).
 *
 * <pre>
 * ./run-hub --ehc.quotas.requests-per-minute=0 &amp;
 *     # or: java -Xmx256m -jar routes/target/ehc-routes-*-exec.jar --spring.profiles.active=demo
 *     #     --ehc.quotas.requests-per-minute=0  (council 919 alone sends more than the default 600 a minute)
 * java -cp benchmarks/target/benchmarks.jar uk.ehcexchange.benchmarks.TransferLoadHarness \
 *      http://localhost:8080 data/demo-api-keys.properties 20 30
 * </pre>
 * Arguments: hub URL, demo key file, transfers per second, seconds. It stops by itself after that many seconds
 * plus at most 30 s for the last deliveries.
 */
public final class TransferLoadHarness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI hub;
    private final String herts;

    private TransferLoadHarness(URI hub, String herts) {
        this.hub = hub;
        this.herts = herts;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: TransferLoadHarness <hub-url> <demo-api-keys.properties> <per-second> <seconds>");
            System.exit(2);
        }
        URI hub = URI.create(args[0]);
        if (!InetAddress.getByName(hub.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the harness only loads a hub on this machine (loopback)");
        }
        Properties keys = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[1]))) {
            keys.load(in);
        }
        int perSecond = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        new TransferLoadHarness(hub, keys.getProperty("council.919")).run(perSecond, seconds);
    }

    private void run(int perSecond, int seconds) throws Exception {
        int total = perSecond * seconds;
        ObjectNode golden;
        try (InputStream in = TransferLoadHarness.class.getResourceAsStream(CanonicalPlanBenchmark.GOLDEN_PLAN)) {
            golden = (ObjectNode) JSON.readTree(in);
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> planIds = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String planId = "LOAD-" + run + "-" + i;
            golden.put("planId", planId);
            expect(201, send("PUT", "/api/v1/plans/" + planId, golden.toString(), "plan-" + planId));
            planIds.add(planId);
        }
        System.out.printf("Created %d plans; starting %d transfers/s for %d s%n", total, perSecond, seconds);

        Map<String, Instant> startedAt = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        for (int i = 0; i < total; i++) {
            String planId = planIds.get(i);
            ticker.schedule(() -> workers.execute(() -> startTransfer(planId, startedAt)), i * periodNanos,
                    TimeUnit.NANOSECONDS);
        }
        ticker.shutdown();
        ticker.awaitTermination(seconds + 5L, TimeUnit.SECONDS);
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        report(deliveryLatencies(startedAt), seconds);
        System.exit(0);
    }

    /**
     * Starts one transfer and notes when the API call began. The hub is not polled while the load runs, so that
     * polling does not compete with the work being measured.
     */
    private void startTransfer(String planId, Map<String, Instant> startedAt) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String body = """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "821", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, today, today.minusDays(40));
        Instant start = Instant.now();
        HttpResponse<String> started = send("POST", "/api/v1/transfers", body, "move-" + planId);
        expect(202, started);
        startedAt.put(read(started.body()).get("transferId").asText(), start);
    }

    /**
     * From the start of each API call to the DELIVERED entry in the sender's ledger, read from the ledger's own
     * timestamps once the load is over (the hub and the harness share this machine's clock).
     */
    private List<Long> deliveryLatencies(Map<String, Instant> startedAt) {
        List<Long> latenciesMicros = new ArrayList<>();
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        for (Map.Entry<String, Instant> transfer : startedAt.entrySet()) {
            Instant delivered = null;
            while (delivered == null) {
                delivered = deliveredAt(transfer.getKey());
                if (delivered == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("transfer " + transfer.getKey() + " not delivered in time");
                    }
                    LockSupport.parkNanos(POLL_INTERVAL.toNanos());
                }
            }
            latenciesMicros.add(Duration.between(transfer.getValue(), delivered).toNanos() / 1_000);
        }
        return latenciesMicros;
    }

    private Instant deliveredAt(String transferId) {
        JsonNode ledger = read(send("GET", "/api/v1/transfers/" + transferId, null, null).body());
        if (ledger.get("status").asText().equals("REJECTED")) {
            throw new IllegalStateException("transfer " + transferId + " was rejected");
        }
        for (JsonNode event : ledger.get("history")) {
            if (event.get("status").asText().equals("DELIVERED")) {
                return Instant.parse(event.get("at").asText());
            }
        }
        return null;
    }

    private static void report(List<Long> latenciesMicros, int seconds) {
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        System.out.printf("Transfers delivered: %d, offered at a steady %.1f/s%n", sorted.size(),
                sorted.size() / (double) seconds);
        System.out.printf("Latency API call -> delivery receipt on the ledger: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private HttpResponse<String> send(String method, String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + herts)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
