package uk.ehcexchange.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;
import uk.ehcexchange.security.pki.Pkcs12Files;

/**
 * Issue 13's long resilience run, for an operator's machine and never for CI: two hub nodes (separate processes from
 * the built jar, heap capped at 256 MB each) share one PostgreSQL (embedded binaries) and one data folder, each with
 * its own embedded broker; four councils' systems transfer plans to each other at a steady total rate, through both
 * nodes in turn, resending with the same Idempotency-Key whatever goes wrong; optionally a node is killed with
 * SIGKILL at intervals and started again. Every minute it prints what was accepted, the API and end-to-end
 * latencies (API call to the verified receipt on the sender's ledger) and each node's heap; at the end it checks, as
 * the conformance suite does, that every transfer answered 2xx was delivered exactly once, in order per receiving
 * council, with nothing stuck.
 *
 * <pre>
 * mvn -B -q -DskipTests -pl benchmarks -am package     # and routes: mvn -B -DskipTests -pl routes -am package
 * java -cp benchmarks/target/benchmarks.jar uk.ehcexchange.benchmarks.ResilienceSoakHarness \
 *      routes/target/ehc-routes-0.1.0-SNAPSHOT-exec.jar minutes=60 rate=20 kills=50
 * </pre>
 * Arguments after the jar, each optional: {@code minutes} (of load, default 60), {@code rate} (transfers a second
 * across all councils, default 20), {@code kills} (SIGKILLs of a node, alternating, spread evenly over the run;
 * default 0), {@code work} (a folder for the run, default a fresh temporary one), {@code broker} (an external
 * broker's URL, e.g. the pair's failover URL from docs/operations.md, user {@code broker-user}, password from the
 * environment variable {@code EHC_BROKER_PASSWORD}; without it each node runs its own embedded broker, whose
 * journal is in a folder of its own — two brokers cannot share one — and the outbox's sweep hands over again what a
 * killed node's broker held). Exit status 0 when every promise was kept, 1 otherwise.
 */
public final class ResilienceSoakHarness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final List<String[]> FLOWS = List.of(new String[] {"919", "821"}, new String[] {"821", "919"},
            new String[] {"303", "305"}, new String[] {"305", "303"});
    private static final List<String> COUNCILS = List.of("919", "821", "303", "305");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> apiKeys = new LinkedHashMap<>();
    private final Node[] nodes = new Node[2];
    private final Instant begin = Instant.now();
    /** When the load began: minutes of the timeline count from here. */
    private volatile Instant loadStart = Instant.now();
    private final List<String> timeline = new CopyOnWriteArrayList<>();
    private String brokerUrl;
    private String brokerUser;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ResilienceSoakHarness <ehc-routes-…-exec.jar> [minutes=60] [rate=20] [kills=0]"
                    + " [work=<folder>]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            options.put(pair[0], pair[1]);
        }
        Path work = options.containsKey("work") ? Files.createDirectories(Path.of(options.get("work")))
                : Files.createTempDirectory("ehc-soak");
        ResilienceSoakHarness harness = new ResilienceSoakHarness();
        harness.brokerUrl = options.get("broker");
        harness.brokerUser = options.getOrDefault("broker-user", "ehc-hub");
        boolean kept = harness.run(Path.of(args[0]),
                Double.parseDouble(options.getOrDefault("minutes", "60")),
                Double.parseDouble(options.getOrDefault("rate", "20")),
                Integer.parseInt(options.getOrDefault("kills", "0")), work);
        System.exit(kept ? 0 : 1);
    }

    boolean run(Path jar, double minutes, double rate, int kills, Path work) throws Exception {
        System.out.printf("Resilience soak: %s of load at %.1f transfers/s over two nodes, %d kills; work folder %s%n",
                Duration.ofSeconds((long) (minutes * 60)), rate, kills, work);
        List<String> common = councils(work.resolve("keys"));
        int postgresPort = freePort();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(false).setPort(postgresPort).start()) {
            Path shared = Files.createDirectories(work.resolve("shared-data"));
            for (int n = 0; n < 2; n++) {
                List<String> args = new ArrayList<>(common);
                args.addAll(List.of("--ehc.data-dir=" + shared,
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
                if (brokerUrl == null) {
                    args.add("--spring.artemis.embedded.data-directory=" + work.resolve("node-" + n + "-artemis"));
                } else {
                    args.addAll(List.of("--spring.artemis.mode=native", "--spring.artemis.embedded.enabled=false",
                            "--spring.artemis.broker-url=" + brokerUrl, "--spring.artemis.user=" + brokerUser,
                            "--spring.artemis.password=" + System.getenv("EHC_BROKER_PASSWORD")));
                }
                nodes[n] = new Node(jar, work.resolve("node-" + n + ".log"), args);
                nodes[n].launch();
            }
            for (Node node : nodes) {
                node.awaitReady();
            }
            System.out.println("Both nodes ready after " + seconds(Duration.between(begin, Instant.now())));
            return load(minutes, rate, kills);
        } finally {
            for (Node node : nodes) {
                if (node != null) {
                    node.stop();
                }
            }
        }
    }

    private boolean load(double minutes, double rate, int kills) throws Exception {
        List<Flow> flows = FLOWS.stream().map(pair -> new Flow(pair[0], pair[1], rate / FLOWS.size())).toList();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(flows.size() + 1);
        loadStart = Instant.now();
        Instant loadEnd = loadStart.plusMillis((long) (minutes * 60_000));
        List<Future<?>> running = new ArrayList<>();
        flows.forEach(flow -> running.add(threads.submit(() -> flow.run(stop))));
        Future<?> sampler = threads.submit(() -> sample(flows, stop, loadStart));
        List<Duration> restarts = new ArrayList<>();
        long killEvery = kills == 0 ? Long.MAX_VALUE : Duration.between(loadStart, loadEnd).toMillis() / (kills + 1);
        for (int kill = 1; kill <= kills; kill++) {
            park(loadStart.plusMillis(killEvery * kill));
            Node node = nodes[kill % 2];
            Instant killed = Instant.now();
            node.kill();
            node.launch();
            node.awaitReady();
            restarts.add(Duration.between(killed, Instant.now()));
            System.out.printf("kill %d of %d: node %d back after %s%n", kill, kills, kill % 2,
                    seconds(restarts.get(restarts.size() - 1)));
        }
        park(loadEnd);
        stop.set(true);
        for (Future<?> flow : running) {
            flow.get();
        }
        sampler.get();
        threads.shutdown();
        return verify(flows, loadStart, restarts);
    }

    /** Every 10 s: each node's heap; every minute a line of the timeline. */
    private void sample(List<Flow> flows, AtomicBoolean stop, Instant loadStart) {
        System.out.println("minute  accepted  api-p50-ms  api-p99-ms  heap-node0-MB  heap-node1-MB  resends");
        int minute = 0;
        long[] maxHeap = new long[2];
        while (!stop.get()) {
            park(Instant.now().plusSeconds(10));
            for (int n = 0; n < 2; n++) {
                maxHeap[n] = Math.max(maxHeap[n], nodes[n].heapUsed());
            }
            long elapsedMinutes = Duration.between(loadStart, Instant.now()).toMinutes();
            if (elapsedMinutes > minute || stop.get()) {
                List<Long> api = new ArrayList<>();
                int accepted = 0;
                int resends = 0;
                for (Flow flow : flows) {
                    for (Sent sent : flow.sent) {
                        if (sent.minute == minute) {
                            api.add(sent.apiMillis);
                            accepted++;
                            resends += sent.resent ? 1 : 0;
                        }
                    }
                }
                api.sort(null);
                String line = "%6d  %8d  %10d  %10d  %13d  %13d  %7d".formatted(minute + 1, accepted,
                        percentile(api, 50), percentile(api, 99), maxHeap[0] >> 20, maxHeap[1] >> 20, resends);
                System.out.println(line);
                timeline.add(line);
                maxHeap[0] = 0;
                maxHeap[1] = 0;
                minute++;
            }
        }
    }

    /** The promises, checked over the API as the councils would see them. */
    private boolean verify(List<Flow> flows, Instant loadStart, List<Duration> restarts) {
        Map<String, Instant> deliveredAt = awaitDeliveries(flows);
        int sent = 0;
        int stuck = 0;
        int lost = 0;
        int duplicated = 0;
        int outOfOrder = 0;
        int resent = 0;
        TreeMap<Long, List<Long>> endToEndByMinute = new TreeMap<>();
        for (Flow flow : flows) {
            for (Sent s : flow.sent) {
                Instant at = deliveredAt.get(s.transferId);
                sent++;
                resent += s.resent ? 1 : 0;
                if (at == null) {
                    stuck++;
                } else {
                    endToEndByMinute.computeIfAbsent(s.minute, m -> new ArrayList<>())
                            .add(Duration.between(s.startedAt, at).toMillis());
                }
            }
            Map<String, List<JsonNode>> inbox = new HashMap<>();
            for (JsonNode item : get(flow.to, "/api/v1/councils/" + flow.to + "/inbox")) {
                if (item.get("fromCouncil").asText().equals(flow.from)) {
                    inbox.computeIfAbsent(item.get("planId").asText(), k -> new ArrayList<>()).add(item);
                }
            }
            Instant previous = Instant.MIN;
            for (Sent s : flow.sent) {
                List<JsonNode> items = inbox.getOrDefault(s.planId, List.of());
                lost += items.isEmpty() ? 1 : 0;
                duplicated += Math.max(0, items.size() - 1);
                if (!items.isEmpty()) {
                    Instant received = Instant.parse(items.get(0).get("receivedAt").asText());
                    outOfOrder += received.isBefore(previous) ? 1 : 0;
                    previous = received.isAfter(previous) ? received : previous;
                }
            }
        }
        System.out.println("minute  end-to-end-p50-ms  end-to-end-p99-ms  end-to-end-max-ms");
        endToEndByMinute.forEach((minute, millis) -> {
            millis.sort(null);
            System.out.printf("%6d  %17d  %17d  %17d%n", minute + 1, percentile(millis, 50), percentile(millis, 99),
                    millis.get(millis.size() - 1));
        });
        List<Duration> sortedRestarts = restarts.stream().sorted().toList();
        System.out.printf("SOAK: sent=%d delivered=%d duplicated=%d lost=%d stuck=%d out-of-order=%d resent=%d "
                        + "kills=%d restart median %s max %s; load %s%n", sent, deliveredAt.size(), duplicated, lost,
                stuck, outOfOrder, resent, restarts.size(),
                sortedRestarts.isEmpty() ? "-" : seconds(sortedRestarts.get(sortedRestarts.size() / 2)),
                sortedRestarts.isEmpty() ? "-" : seconds(sortedRestarts.get(sortedRestarts.size() - 1)),
                seconds(Duration.between(loadStart, Instant.now())));
        return duplicated == 0 && lost == 0 && stuck == 0 && outOfOrder == 0 && deliveredAt.size() == sent;
    }

    /**
     * Waits while the backlog drains: every transfer answered 2xx is asked after until it is delivered, for as long
     * as deliveries keep being made (at most a minute without one, and 30 minutes in all). Returns when each was
     * delivered, as the sender's ledger says.
     */
    private Map<String, Instant> awaitDeliveries(List<Flow> flows) {
        Map<String, Instant> deliveredAt = new HashMap<>();
        Instant drainStart = Instant.now();
        Instant lastProgress = drainStart;
        int total = flows.stream().mapToInt(flow -> flow.sent.size()).sum();
        while (deliveredAt.size() < total && Duration.between(lastProgress, Instant.now()).toSeconds() < 60
                && Duration.between(drainStart, Instant.now()).toMinutes() < 30) {
            int before = deliveredAt.size();
            for (Flow flow : flows) {
                for (Sent s : flow.sent) {
                    if (!deliveredAt.containsKey(s.transferId)) {
                        Instant at = deliveredAt(flow.from, s.transferId);
                        if (at != null) {
                            deliveredAt.put(s.transferId, at);
                        }
                    }
                }
            }
            if (deliveredAt.size() > before) {
                lastProgress = Instant.now();
            } else {
                park(Instant.now().plusSeconds(1));
            }
        }
        System.out.printf("Backlog drained in %s after the load: %d of %d delivered%n",
                seconds(Duration.between(drainStart, Instant.now())), deliveredAt.size(), total);
        return deliveredAt;
    }

    private Instant deliveredAt(String council, String transferId) {
        try {
            JsonNode ledger = get(council, "/api/v1/transfers/" + transferId);
            for (JsonNode event : ledger.get("history")) {
                if (event.get("status").asText().equals("DELIVERED")
                        && event.get("detail").asText().startsWith("signed receipt from ")) {
                    return Instant.parse(event.get("at").asText());
                }
            }
        } catch (RuntimeException nodeBusyOrDown) {
            // Asked again.
        }
        return null;
    }

    /** A record of one transfer the hub answered 2xx for. */
    private record Sent(String planId, String transferId, Instant startedAt, long apiMillis, long minute,
                        boolean resent) {
    }

    /** One council's system: plans submitted and transferred one after another, at a steady pace. */
    private final class Flow {
        final String from;
        final String to;
        final double perSecond;
        final List<Sent> sent = new CopyOnWriteArrayList<>();
        final AtomicLong turn = new AtomicLong();
        final AtomicInteger lost = new AtomicInteger();

        Flow(String from, String to, double perSecond) {
            this.from = from;
            this.to = to;
            this.perSecond = perSecond;
        }

        void run(AtomicBoolean stop) {
            long periodNanos = (long) (1e9 / perSecond);
            Instant next = Instant.now();
            ObjectNode plan = golden();
            plan.put("owningCouncil", from);
            while (!stop.get()) {
                park(next);
                next = next.plusNanos(periodNanos);
                String planId = "SOAK-" + UUID.randomUUID().toString().substring(0, 13);
                plan.put("planId", planId);
                int lostBefore = lost.get();
                Instant start = Instant.now();
                String body = plan.toString();
                untilAnswered("PUT", "/api/v1/plans/" + planId, body, "plan-" + planId);
                LocalDate today = LocalDate.now(ENGLAND);
                HttpResponse<String> started = untilAnswered("POST", "/api/v1/transfers", """
                        {"planId": "%s", "fromCouncil": "%s", "toCouncil": "%s", "moveDate": "%s", "awareOn": "%s"}"""
                        .formatted(planId, from, to, today, today.minusDays(40)), "move-" + planId);
                Instant answered = Instant.now();
                sent.add(new Sent(planId, read(started.body()).get("transferId").asText(), start,
                        Duration.between(start, answered).toMillis(), Duration.between(ResilienceSoakHarness.this.loadStart, start).toMinutes(),
                        lost.get() > lostBefore));
            }
        }

        private HttpResponse<String> untilAnswered(String method, String path, String json, String key) {
            Instant giveUp = Instant.now().plusSeconds(300);
            while (Instant.now().isBefore(giveUp)) {
                Node node = nodes[(int) (turn.getAndIncrement() % 2)];
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.base().resolve(path))
                            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + apiKeys.get(from))
                            .header("Content-Type", "application/json").header("Idempotency-Key", key)
                            .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() / 100 == 2) {
                        return response;
                    }
                    if (response.statusCode() < 500 && response.statusCode() != 409 && response.statusCode() != 429) {
                        throw new IllegalStateException(method + " " + path + " refused " + response.statusCode()
                                + ": " + response.body());
                    }
                } catch (ConnectException down) {
                    // Nothing sent; the other node is tried next.
                } catch (IOException cutOff) {
                    lost.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                park(Instant.now().plusMillis(100));
            }
            throw new IllegalStateException(method + " " + path + " not answered 2xx in 5 minutes");
        }
    }

    /** A hub node: the built jar as a process of its own, its output in a log file. */
    private static final class Node {
        private final List<String> command;
        private final Path log;
        private final int apiPort;
        private final int managementPort;
        private Process process;

        Node(Path jar, Path log, List<String> settings) throws IOException {
            this.log = log;
            this.apiPort = freePort();
            this.managementPort = freePort();
            command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", jar.toString(), "--server.port=" + apiPort,
                    "--management.server.port=" + managementPort, "--ehc.fhir.enabled=false",
                    "--ehc.database.allow-embedded=true", "--ehc.quotas.requests-per-minute=0"));
            command.addAll(settings);
        }

        URI base() {
            return URI.create("http://localhost:" + apiPort);
        }

        void launch() throws IOException {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        }

        void awaitReady() {
            HttpClient client = HttpClient.newHttpClient();
            Instant giveUp = Instant.now().plusSeconds(300);
            while (Instant.now().isBefore(giveUp)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("a node exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    if (client.send(HttpRequest.newBuilder(base().resolve("/readyz")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                park(Instant.now().plusMillis(250));
            }
            throw new IllegalStateException("a node was not ready within 5 minutes; see " + log);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }

        /** Heap in use, from the node's Prometheus endpoint; 0 while it is down. */
        long heapUsed() {
            try {
                String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                long used = 0;
                for (String line : metrics.split("\n")) {
                    if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                        used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
                return used;
            } catch (IOException | RuntimeException down) {
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }

    /** API keys, keystores and trust for the four councils, from one CA made for the run; as production configures. */
    private List<String> councils(Path keys) throws Exception {
        Files.createDirectories(keys);
        DevelopmentCa ca = DevelopmentCa.create("Soak councils' CA");
        PemFiles.writeCertificates(keys.resolve("ca.pem"), List.of(ca.certificate()));
        PemFiles.writeCrl(keys.resolve("ca.crl"), ca.crlRevoking(List.of()));
        SecureRandom random = new SecureRandom();
        List<String> args = new ArrayList<>(List.of("--ehc.delivery.first-retry=200ms",
                "--ehc.delivery.max-retry-interval=2s", "--ehc.delivery.sweep-interval=1s",
                "--ehc.delivery.requeue-after=5s"));
        for (int i = 0; i < COUNCILS.size(); i++) {
            String council = COUNCILS.get(i);
            byte[] key = new byte[32];
            random.nextBytes(key);
            String apiKey = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
            apiKeys.put(council, apiKey);
            String password = UUID.randomUUID().toString();
            IssuedCredential credential = ca.issue(council, KeyAlgorithm.EC_P256);
            Path keystore = keys.resolve(council + ".p12");
            Pkcs12Files.write(keystore, password.toCharArray(), credential, ca.certificate());
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(apiKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            args.addAll(List.of("--ehc.clients[" + i + "].id=case-system-" + council,
                    "--ehc.clients[" + i + "].authority=" + council, "--ehc.clients[" + i + "].api-key-sha256=" + sha256,
                    "--ehc.tenants[" + i + "].authority=" + council, "--ehc.tenants[" + i + "].keystore=" + keystore,
                    "--ehc.tenants[" + i + "].keystore-password=" + password,
                    "--ehc.trust[" + i + "].authority=" + council,
                    "--ehc.trust[" + i + "].anchors[0]=" + keys.resolve("ca.pem"),
                    "--ehc.trust[" + i + "].crls[0]=" + keys.resolve("ca.crl")));
        }
        return args;
    }

    private JsonNode get(String council, String path) {
        for (int attempt = 0; ; attempt++) {
            Node node = nodes[attempt % 2];
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.base().resolve(path))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + apiKeys.get(council))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return read(response.body());
                }
                if (attempt > 10) {
                    throw new IllegalStateException("GET " + path + ": " + response.statusCode());
                }
            } catch (IOException down) {
                if (attempt > 10) {
                    throw new IllegalStateException("GET " + path + " failed", down);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            park(Instant.now().plusMillis(200));
        }
    }

    private static ObjectNode golden() {
        try (InputStream in = ResilienceSoakHarness.class.getResourceAsStream(CanonicalPlanBenchmark.GOLDEN_PLAN)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static void park(Instant until) {
        long nanos;
        while ((nanos = Duration.between(Instant.now(), until).toNanos()) > 0) {
            LockSupport.parkNanos(nanos);
        }
    }

    private static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
