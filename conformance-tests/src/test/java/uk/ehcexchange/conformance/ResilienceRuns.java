package uk.ehcexchange.conformance;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the resilience tests share: settings that keep recovery within a test's time, and what they report. */
final class ResilienceRuns {

    private ResilienceRuns() {
    }

    /**
     * The outbox's timings shortened so that a test sees recovery in seconds, not the production quarter of an
     * hour: retries from 200 ms up to 2 s, a sweep every second, and a delivery handed to a broker that died with
     * its node handed over again after 5 s.
     */
    static List<String> promptDelivery() {
        return List.of("--ehc.delivery.first-retry=200ms", "--ehc.delivery.max-retry-interval=2s",
                "--ehc.delivery.sweep-interval=1s", "--ehc.delivery.requeue-after=5s");
    }

    /** How many transfers the flows have been answered 2xx for so far, each. */
    static Map<TransferFlow, Integer> snapshot(Collection<TransferFlow> flows) {
        Map<TransferFlow, Integer> counts = new HashMap<>();
        flows.forEach(flow -> counts.put(flow, flow.accepted().size()));
        return counts;
    }

    static int accepted(Collection<TransferFlow> flows) {
        return flows.stream().mapToInt(flow -> flow.accepted().size()).sum();
    }

    /** Lets traffic flow until the flows have {@code more} transfers accepted beyond what they had. */
    static void awaitMoreAccepted(Collection<TransferFlow> flows, int more, Duration bound) {
        int target = accepted(flows) + more;
        await("%d more transfers accepted".formatted(more)).atMost(bound).pollInterval(Duration.ofMillis(50))
                .until(() -> accepted(flows) >= target);
    }

    /** Waits out a fault's planned length (the traffic goes on meanwhile). */
    static void pass(Duration length) {
        Instant end = Instant.now().plus(length);
        await().atMost(length.plusSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> !Instant.now().isBefore(end));
    }

    /**
     * A fresh log file for a hub process under {@code target/resilience-logs}, kept after the run (the data folders
     * are temporary), so that a failure can be read in the hub's own words.
     */
    static Path logFile(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "resilience-logs"));
            Path log = folder.resolve(name + ".log");
            Files.deleteIfExists(log);
            return log.toAbsolutePath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The ERROR lines of hub logs: the hub's own faults, which a resilience run reports. */
    static List<String> errorLines(Path... logs) {
        List<String> errors = new ArrayList<>();
        for (Path log : logs) {
            try (Stream<String> lines = Files.lines(log)) {
                lines.filter(line -> line.contains(" ERROR ")).forEach(errors::add);
            } catch (IOException unreadable) {
                errors.add("cannot read " + log + ": " + unreadable);
            }
        }
        return errors;
    }

    static String seconds(Duration duration) {
        return "%.1fs".formatted(duration.toMillis() / 1000.0);
    }

    static String summarise(List<Duration> durations) {
        if (durations.isEmpty()) {
            return "-";
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        return "median " + seconds(sorted.get(sorted.size() / 2)) + ", max " + seconds(sorted.get(sorted.size() - 1));
    }
}
