package uk.ehcexchange.conformance;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A hub started as its own operating-system process from the built jar, with its own broker, database and keys,
 * its heap capped as a small production deployment would cap it. Its output goes to a log file in its folder.
 */
final class HubProcess implements AutoCloseable {

    static final String HEAP = "-Xmx256m";
    /** FHIR's validator definitions take about a quarter of a GB of heap of their own. */
    static final String HEAP_WITH_FHIR = "-Xmx512m";
    static final String FHIR_ON = "--ehc.fhir.enabled=true";

    private final List<String> command;
    private final Path log;
    final int apiPort;
    private Process process;

    HubProcess(Path folder, int apiPort, List<String> arguments) {
        this(folder, folder.resolve("hub.log"), apiPort, arguments);
    }

    /**
     * A hub whose log is kept apart from its data folder: nodes that share one data folder (documents and sealed
     * packages) each write a log of their own.
     */
    HubProcess(Path folder, Path log, int apiPort, List<String> arguments) {
        this.apiPort = apiPort;
        this.log = log;
        boolean fhir = arguments.contains(FHIR_ON);
        this.command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                fhir ? HEAP_WITH_FHIR : HEAP, "-jar", executableJar().toString(), "--server.port=" + apiPort,
                "--management.server.port=0", "--ehc.data-dir=" + folder,
                // Hubs between councils only, unless told (FHIR_ON): the FHIR front door is not needed.
                "--ehc.fhir.enabled=" + fhir,
                // Its own H2 file rather than PostgreSQL, which the hub allows only when told.
                "--ehc.database.allow-embedded=true",
                // Tests poll a transfer's status ten times a second, which the default quota would soon refuse.
                "--ehc.quotas.requests-per-minute=1000000"));
        arguments.stream().filter(argument -> !argument.equals(FHIR_ON)).forEach(command::add);
    }

    HubProcess start() throws IOException {
        return launch().awaitReady();
    }

    /** Starts the process without waiting for it, so that several hubs can start side by side. */
    HubProcess launch() throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        // A hub that never became ready must not outlive the test that started it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return this;
    }

    /** Waits until the launched hub answers {@code /readyz} with 200. */
    HubProcess awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited with " + process.exitValue() + "; see " + log);
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + apiPort + "/readyz"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return this;
    }

    /** SIGTERM, as an orchestrator stops a node: the hub drains and exits by itself ({@link #isAlive()}). */
    void terminate() {
        process.destroy();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The hub's own log (its standard output), for what a test must see there. */
    Path log() {
        return log;
    }

    /** kill -9: no shutdown hook, no flush, no goodbye — as a crashed or OOM-killed node goes. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The runnable hub the routes module built earlier in this reactor build. */
    private static Path executableJar() {
        Path target = Path.of(System.getProperty("user.dir")).resolve("../routes/target").normalize();
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("ehc-routes-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build the hub first: no exec jar in " + target));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
