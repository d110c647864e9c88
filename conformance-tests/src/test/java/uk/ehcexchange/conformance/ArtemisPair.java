package uk.ehcexchange.conformance;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import uk.ehcexchange.hub.auth.ApiKeys;

/**
 * A standalone Apache Artemis live/backup pair with replication, as production runs it: two broker instances made
 * with the distribution's own {@code artemis create} (the build unpacks it into {@code target/artemis}), each started
 * as its own process with {@code artemis run}, logging to {@code artemis.log} in its instance folder.
 *
 * <p>Readiness and failover are read from the brokers' own log lines (Artemis 2.40.0):
 * <ul>
 *   <li>{@code AMQ221007} "Server is now active" — the live accepts connections;</li>
 *   <li>{@code AMQ221024} "... is synchronized with primary server" — the backup holds a full replica;</li>
 *   <li>{@code AMQ221031} "backup announced" — clients learn of the backup through the topology;</li>
 *   <li>{@code AMQ221071} "Failing over based on quorum vote results", then {@code AMQ221007} on the backup — it is
 *       live.</li>
 * </ul>
 * A single pair has nobody to hold a quorum vote: the backup's vote needs no other votes and it takes over as soon
 * as it loses the live. That is the behaviour this harness relies on and docs/operations.md explains the split-brain
 * trade-off it brings.
 */
final class ArtemisPair implements AutoCloseable {

    static final String USER = "ehc-hub";
    private static final String ACTIVE = "AMQ221007";
    private static final String SYNCHRONIZED = "AMQ221024";
    private static final String ANNOUNCED = "AMQ221031";
    private static final String FAILED_OVER = "AMQ221071";

    final String password = ApiKeys.generate();
    private final String clusterPassword = ApiKeys.generate();
    private final Broker live;
    private final Broker backup;

    private ArtemisPair(Path folder) throws IOException {
        int livePort = HubProcess.freePort();
        int backupPort = HubProcess.freePort();
        live = new Broker(folder.resolve("live"), "live", livePort, backupPort, false);
        backup = new Broker(folder.resolve("backup"), "backup", backupPort, livePort, true);
    }

    /** Creates both instances, starts them, and returns once the backup holds a synchronized replica. */
    static ArtemisPair start(Path folder) throws Exception {
        ArtemisPair pair = new ArtemisPair(folder);
        try {
            Process createLive = pair.live.create(pair);
            Process createBackup = pair.backup.create(pair);
            pair.live.awaitCreated(createLive);
            pair.backup.awaitCreated(createBackup);
            pair.live.run();
            pair.live.awaitLog(ACTIVE, Duration.ofSeconds(60));
            pair.backup.run();
            pair.backup.awaitLog(SYNCHRONIZED, Duration.ofSeconds(60));
            pair.backup.awaitLog(ANNOUNCED, Duration.ofSeconds(30));
            return pair;
        } catch (Exception | AssertionError e) {
            pair.close();
            throw e;
        }
    }

    /**
     * The URL the hub connects with, as docs/operations.md gives it: both brokers, high availability on (the client
     * follows the topology and fails over to the backup), and reconnection for ever, at most a second apart, so a
     * failover is a pause to the hub, never an error.
     */
    String failoverUrl() {
        return "(tcp://localhost:" + live.port + ",tcp://localhost:" + backup.port + ")?" + URL_OPTIONS;
    }

    static final String URL_OPTIONS = "ha=true&reconnectAttempts=-1&initialConnectAttempts=-1"
            + "&retryInterval=200&retryIntervalMultiplier=1.5&maxRetryInterval=1000";

    /** kill -9 of the live broker (the launch script and its JVM): no goodbye to clients or to the backup. */
    void killLive() throws InterruptedException {
        live.kill();
    }

    /** Waits until the backup has taken over: it won its (single-pair) vote and is active. */
    void awaitBackupLive(Duration atMost) {
        backup.awaitLog(FAILED_OVER, atMost);
        backup.awaitLog(ACTIVE, atMost);
    }

    @Override
    public void close() throws InterruptedException {
        backup.stop();
        live.stop();
    }

    /** One broker instance: its folder, its port, and the process running it. */
    private static final class Broker {
        private final Path instance;
        private final String name;
        private final int port;
        private final int otherPort;
        private final boolean isBackup;
        private final Path log;
        private Process process;

        Broker(Path instance, String name, int port, int otherPort, boolean isBackup) {
            this.instance = instance;
            this.name = name;
            this.port = port;
            this.otherPort = otherPort;
            this.isBackup = isBackup;
            this.log = instance.resolve("artemis.log");
        }

        /** {@code artemis create}, non-interactive: every answer it would ask for is given on the command line. */
        Process create(ArtemisPair pair) throws IOException {
            List<String> command = new ArrayList<>(List.of("sh", home().resolve("bin/artemis").toString(), "create",
                    "--silent", "--name", name, "--host", "localhost", "--default-port", String.valueOf(port),
                    "--user", USER, "--password", pair.password, "--require-login",
                    "--cluster-user", "ehc-cluster", "--cluster-password", pair.clusterPassword,
                    "--replicated", "--static-cluster", "tcp://localhost:" + otherPort,
                    "--no-web", "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor",
                    "--no-hornetq-acceptor", "--no-autotune", "--nio", "--java-memory", "256M"));
            if (isBackup) {
                command.add("--backup");
            }
            command.add(instance.toString());
            Files.createDirectories(instance.getParent());
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(instance.resolveSibling(name + "-create.log").toFile()).start();
        }

        void awaitCreated(Process create) throws IOException, InterruptedException {
            if (!create.waitFor(120, TimeUnit.SECONDS) || create.exitValue() != 0) {
                create.destroyForcibly();
                throw new IllegalStateException("artemis create " + name + " failed; see "
                        + instance.resolveSibling(name + "-create.log"));
            }
            tune();
        }

        /**
         * What {@code artemis create} cannot be told: a small heap (its profile starts the heap at 512 MB whatever
         * the maximum) and, on the live, {@code check-for-active-server}, so that a live restarted after a failover
         * finds the backup active and does not come up as a second live on its stale journal.
         */
        private void tune() throws IOException {
            Path profile = instance.resolve("etc/artemis.profile");
            String java = Files.readString(profile, StandardCharsets.UTF_8);
            Files.writeString(profile, java.replaceAll("-Xms\\S+", "-Xms64M").replaceAll("-Xmx\\S+", "-Xmx256M"),
                    StandardCharsets.UTF_8);
            if (!isBackup) {
                Path brokerXml = instance.resolve("etc/broker.xml");
                String xml = Files.readString(brokerXml, StandardCharsets.UTF_8);
                String primary = "<primary>";
                if (!xml.contains(primary)) {
                    throw new IllegalStateException("no <primary> replication policy in " + brokerXml);
                }
                Files.writeString(brokerXml, xml.replace(primary,
                        primary + "\n               <check-for-active-server>true</check-for-active-server>"),
                        StandardCharsets.UTF_8);
            }
        }

        void run() throws IOException {
            process = new ProcessBuilder("sh", instance.resolve("bin/artemis").toString(), "run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            // A broker must not outlive the test JVM that started it, whatever happens to the test.
            ProcessHandle handle = process.toHandle();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> killTree(handle)));
        }

        void awaitLog(String code, Duration atMost) {
            await("broker " + name + " logs " + code).atMost(atMost).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        if (process != null && !process.isAlive() && !logged(code)) {
                            throw new IllegalStateException("broker " + name + " exited; see " + log);
                        }
                        return logged(code);
                    });
        }

        private boolean logged(String code) {
            try {
                return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(code);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void kill() throws InterruptedException {
            killTree(process.toHandle());
            process.waitFor();
        }

        /** Stops the broker gently, then forcibly; the script starts java as a child, so the whole tree goes. */
        void stop() throws InterruptedException {
            if (process == null || !process.isAlive()) {
                return;
            }
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.add(process.toHandle());
            tree.forEach(ProcessHandle::destroy);
            for (ProcessHandle handle : tree) {
                try {
                    handle.onExit().get(20, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    handle.destroyForcibly();
                }
            }
        }

        private static void killTree(ProcessHandle root) {
            root.descendants().forEach(ProcessHandle::destroyForcibly);
            root.destroyForcibly();
        }

        private static Path home() {
            String configured = System.getProperty("artemis.home");
            Path home = configured != null ? Path.of(configured)
                    : Path.of(System.getProperty("user.dir"), "target/artemis/apache-artemis-2.40.0");
            if (!Files.isRegularFile(home.resolve("bin/artemis"))) {
                throw new IllegalStateException("no Artemis distribution at " + home
                        + ": run the conformance-tests build through process-test-resources first");
            }
            return home;
        }
    }
}
