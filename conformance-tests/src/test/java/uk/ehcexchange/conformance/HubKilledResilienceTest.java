package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's resilience suite, the hub on its embedded defaults (H2 file, embedded Artemis, as {@code ./run-hub}
 * starts it): Hertfordshire (919) and Luton (821) transfer plans to each other without pause while the hub is killed
 * with SIGKILL, ten times, each time after a random number of further transfers were accepted (so mid-request and
 * mid-delivery), and started again on the same data. After each restart everything accepted before the kill is
 * delivered; at the end every transfer answered 2xx is DELIVERED with a verified receipt, in the receiver's inbox
 * once, in the order it was accepted, and nothing is stuck. Answers the kill cut off were resent with the same
 * Idempotency-Key and created nothing new (a second transfer of the plan would be a second inbox item).
 */
class HubKilledResilienceTest {

    /** Ten here and ten in the other kill test: issue 13 asks for at least 20 kills in CI. */
    static final int KILLS = Integer.getInteger("ehc.resilience.kills", 10);

    @Test
    void onTheEmbeddedDefaultsEveryAcceptedTransferIsDeliveredOnceInOrderThroughTenKills(@TempDir Path dir)
            throws Exception {
        ResilienceCouncils councils = new ResilienceCouncils(dir.resolve("keys"), List.of("919", "821"));
        List<String> settings = new ArrayList<>(councils.hubSettings(List.of("919", "821")));
        settings.addAll(ResilienceRuns.promptDelivery());
        int port = HubProcess.freePort();
        Path data = dir.resolve("hub");
        java.nio.file.Files.createDirectories(data);
        Path log = ResilienceRuns.logFile("HubKilledResilienceTest-hub");
        AtomicReference<HubProcess> hub = new AtomicReference<>(new HubProcess(data, log, port, settings).start());

        List<TransferFlow> flows = List.of(
                new TransferFlow("919", "821", councils.apiKey("919"), () -> List.of(port), Duration.ofSeconds(20)),
                new TransferFlow("821", "919", councils.apiKey("821"), () -> List.of(port), Duration.ofSeconds(20)));
        DeliveryCheck check = new DeliveryCheck(councils::apiKey, council -> port);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService systems = Executors.newFixedThreadPool(flows.size());
        SplittableRandom random = new SplittableRandom();
        List<Duration> restarts = new ArrayList<>();
        List<Duration> recoveries = new ArrayList<>();
        Instant lastReady;
        try {
            List<Future<Void>> running = flows.stream().map(flow -> systems.submit(() -> flow.runUntil(stop)))
                    .toList();
            for (int kill = 1; kill <= KILLS; kill++) {
                ResilienceRuns.awaitMoreAccepted(flows, 4 + random.nextInt(12), Duration.ofMinutes(2));
                Map<TransferFlow, Integer> before = ResilienceRuns.snapshot(flows);
                Instant killedAt = Instant.now();
                hub.get().kill();
                hub.set(new HubProcess(data, log, port, settings).start());
                lastReady = Instant.now();
                restarts.add(Duration.between(killedAt, lastReady));
                recoveries.add(check.awaitDelivered(before, Duration.ofSeconds(120)));
            }
            ResilienceRuns.awaitMoreAccepted(flows, 10, Duration.ofMinutes(1));
            stop.set(true);
            for (Future<Void> flow : running) {
                flow.get();
            }
            lastReady = Instant.now();
            List<String> errors = ResilienceRuns.errorLines(hub.get().log());
            DeliveryCheck.Result result = check.check("hub killed " + KILLS + "x, embedded defaults (H2, Artemis)",
                    flows, lastReady, Duration.ofSeconds(120),
                    "restart " + ResilienceRuns.summarise(restarts) + "; all accepted before a kill delivered "
                            + ResilienceRuns.summarise(recoveries) + " after the restart; answers lost "
                            + flows.stream().mapToInt(TransferFlow::lostAnswers).sum() + "; failed answers "
                            + flows.get(0).failedAnswers() + " " + flows.get(1).failedAnswers()
                            + "; hub ERROR lines " + errors.size());
            errors.stream().limit(20).forEach(System.out::println);
            result.assertKept();
            assertThat(result.sent()).isGreaterThanOrEqualTo(KILLS * 4);
        } finally {
            stop.set(true);
            systems.shutdownNow();
            hub.get().close();
        }
    }
}
