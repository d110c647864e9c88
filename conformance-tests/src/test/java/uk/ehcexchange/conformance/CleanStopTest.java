package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while council systems are writing: the hub stops taking new work, finishes what it has in hand and exits
 * by itself within the 30 s an orchestrator allows. After a restart on the same data every request it answered 2xx
 * for is there; a request that got no answer (refused, or cut off) succeeds when resent with the same
 * Idempotency-Key; no request is answered with anything but 2xx while the hub drains.
 */
class CleanStopTest {

    private static final int WRITERS = 4;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> answered = new ConcurrentHashMap<>();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();

    @Test
    void sigtermDrainsWritesInProgressAndExitsWithinThirtySeconds(@TempDir Path dir) throws Exception {
        int port = HubProcess.freePort();
        List<String> settings = List.of("--spring.profiles.active=demo");
        ExecutorService councils = Executors.newFixedThreadPool(WRITERS);
        HubProcess hub = new HubProcess(dir, port, settings).start();
        try {
            String key = DemoHubCalls.hertsKey(dir);
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                writers.add(councils.submit(() -> writeUntilRefused(port, key)));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> answered.size() >= 40);

            hub.terminate();

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> !hub.isAlive());
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            councils.shutdownNow();
            hub.close();
        }
        assertThat(answered).as("while draining, every answer is a 2xx").allSatisfy(
                (planId, status) -> assertThat(status).as(planId).isIn(200, 201));
        assertThat(Files.readAllLines(hub.log())).as("a clean stop logs no ERROR")
                .noneMatch(line -> line.contains(" ERROR "));

        try (HubProcess restarted = new HubProcess(dir, port, settings).start()) {
            String key = DemoHubCalls.hertsKey(dir);
            for (String planId : answered.keySet()) {
                HttpResponse<String> plan = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/v1/plans/" + planId)).header("Authorization", "Bearer " + key).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(plan.statusCode()).as("plan %s was answered 2xx before SIGTERM", planId).isEqualTo(200);
            }
            for (String planId : unanswered) {
                HttpResponse<String> resent = put(port, key, planId);
                assertThat(resent.statusCode()).as("plan %s got no answer; resent with its key", planId)
                        .isIn(200, 201);
            }
        }
    }

    /** Plans one after another until the hub stops answering; a request without an answer is noted. */
    private Void writeUntilRefused(int port, String key) {
        while (!Thread.currentThread().isInterrupted()) {
            String planId = Plans.freshId();
            try {
                answered.put(planId, put(port, key, planId).statusCode());
            } catch (IOException refusedOrCutOff) {
                unanswered.add(planId);
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private HttpResponse<String> put(int port, String key, String planId) throws IOException, InterruptedException {
        return http.send(DemoHubCalls.putPlan(port, key, planId, "stop-" + planId),
                HttpResponse.BodyHandlers.ofString());
    }
}
