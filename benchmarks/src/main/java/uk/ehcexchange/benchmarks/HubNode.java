package uk.ehcexchange.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;
import uk.ehcexchange.security.pki.Pkcs12Files;

/**
 * One hub node as an operator runs it: the built jar as its own process, configured as production is (keys and
 * API clients from files that stay the same across restarts, not demonstration mode, which makes new ones at every
 * start) but on the embedded H2 database and broker in its own folder. Councils 919 and 821 can send each other
 * transfers with the API key {@link #apiKey()}.
 */
final class HubNode {

    static final List<String> COUNCILS = List.of("919", "821");
    private static final Duration POLL = Duration.ofMillis(20);

    private final Path jar;
    private final Path folder;
    private final String heap;
    private final List<String> settings = new ArrayList<>();
    private final String apiKey;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    HubNode(Path jar, Path folder, boolean fhir) throws IOException {
        this.jar = jar;
        this.folder = folder;
        this.heap = fhir ? "-Xmx512m" : "-Xmx256m";
        this.port = freePort();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.apiKey = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path keys = Files.createDirectories(folder.resolve("keys"));
        DevelopmentCa ca = DevelopmentCa.create("Start and stop harness CA");
        PemFiles.writeCertificates(keys.resolve("ca.pem"), List.of(ca.certificate()));
        PemFiles.writeCrl(keys.resolve("ca.crl"), ca.crlRevoking(List.of()));
        settings.addAll(List.of("--server.port=" + port, "--management.server.port=0", "--ehc.data-dir=" + folder,
                "--ehc.database.allow-embedded=true", "--ehc.fhir.enabled=" + fhir,
                "--ehc.quotas.requests-per-minute=0", "--ehc.quotas.bytes-per-day=0"));
        for (int i = 0; i < COUNCILS.size(); i++) {
            String council = COUNCILS.get(i);
            // Only 919's key is used (it starts the transfers); 821 gets a client as a real council would.
            Path keystore = keys.resolve(council + ".p12");
            Pkcs12Files.write(keystore, "harness".toCharArray(), ca.issue(council, KeyAlgorithm.EC_P256),
                    ca.certificate());
            settings.addAll(List.of("--ehc.clients[" + i + "].id=case-system-" + council,
                    "--ehc.clients[" + i + "].authority=" + council,
                    "--ehc.clients[" + i + "].api-key-sha256=" + sha256Hex(council.equals("919") ? apiKey : apiKey + council),
                    "--ehc.tenants[" + i + "].authority=" + council, "--ehc.tenants[" + i + "].keystore=" + keystore,
                    "--ehc.tenants[" + i + "].keystore-password=harness",
                    "--ehc.trust[" + i + "].authority=" + council,
                    "--ehc.trust[" + i + "].anchors[0]=" + keys.resolve("ca.pem"),
                    "--ehc.trust[" + i + "].crls[0]=" + keys.resolve("ca.crl")));
        }
    }

    /** One more setting for the hub's command line (e.g. a PostgreSQL datasource), before {@link #launch}. */
    void set(String setting) {
        settings.add(setting);
    }

    /** Council 919's API key. */
    String apiKey() {
        return apiKey;
    }

    URI base() {
        return URI.create("http://localhost:" + port);
    }

    /** Launches the process; returns at once. */
    void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap));
        // e.g. -Dhub.jvm-options=-XX:SharedArchiveFile=hub.jsa to time a start with a class data sharing archive
        String options = System.getProperty("hub.jvm-options", "").trim();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(settings);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("hub.log").toFile())).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    /** Polls a probe until it answers 200; fails if the process dies or it takes longer than {@code limit}. */
    void awaitOk(String path, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (status(path) != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited with " + process.exitValue() + "; see "
                        + folder.resolve("hub.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(path + " not 200 within " + limit);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListening) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    HttpResponse<String> send(String method, String path, String json, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + apiKey)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGTERM, then waits for the process to exit by itself; returns how long that took. */
    Duration terminate(Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the hub did not exit within " + limit + " of SIGTERM");
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * CPU time the hub's process has used so far (all its threads): unlike the wall clock, hardly changed by other
     * work on a shared machine, so it shows what a start costs even when the machine is busy.
     */
    long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /** kill -9. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
