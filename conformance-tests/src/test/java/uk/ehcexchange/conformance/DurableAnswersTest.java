package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx means durable, on the embedded defaults (H2 file, embedded Artemis) and on PostgreSQL: a hub process is
 * killed with SIGKILL while a council system submits plans one after another, then started again on the same data.
 * Every plan it had answered 2xx for is there, once; the one whose answer the kill cut off is stored when resent
 * with the same Idempotency-Key, and only once.
 */
class DurableAnswersTest {

    private static final int KILLS = 3;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> answered = new ConcurrentHashMap<>();

    @Test
    void onTheEmbeddedDefaultsWhatTheHubAnsweredSurvivesKillMinusNine(@TempDir Path dir) throws Exception {
        killRepeatedly(dir, List.of("--spring.profiles.active=demo"));
    }

    @Test
    void onPostgresqlWhatTheHubAnsweredSurvivesKillMinusNine(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            killRepeatedly(dir, List.of("--spring.profiles.active=demo",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        }
    }

    private void killRepeatedly(Path dir, List<String> settings) throws Exception {
        int port = HubProcess.freePort();
        ExecutorService council = Executors.newSingleThreadExecutor();
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                HubProcess hub = new HubProcess(dir, port, settings).start();
                String key = DemoHubCalls.hertsKey(dir);
                assertEveryAnsweredPlanIsThere(port, key);
                AtomicBoolean stop = new AtomicBoolean();
                AtomicReference<String> inFlight = new AtomicReference<>();
                Future<?> writes = council.submit(() -> submitUntilStopped(port, key, stop, inFlight));
                int target = answered.size() + 20 + kill * 7;
                await().atMost(Duration.ofMinutes(2)).until(() -> answered.size() >= target);
                hub.kill();
                stop.set(true);
                writes.get();

                try (HubProcess restarted = new HubProcess(dir, port, settings).start()) {
                    String newKey = DemoHubCalls.hertsKey(dir);
                    assertEveryAnsweredPlanIsThere(port, newKey);
                    String cutOff = inFlight.get();
                    if (cutOff != null) {
                        HttpResponse<String> resent = put(port, newKey, cutOff);
                        assertThat(resent.statusCode()).as("the plan whose answer was lost, resent").isIn(200, 201);
                        answered.put(cutOff, "resent");
                    }
                    assertEveryAnsweredPlanIsThere(port, newKey);
                }
            }
        } finally {
            council.shutdownNow();
        }
        assertThat(answered).hasSizeGreaterThanOrEqualTo(KILLS * 20);
    }

    /** Plans one after another; the one being sent when the hub dies is left in {@code inFlight}. */
    private Void submitUntilStopped(int port, String key, AtomicBoolean stop, AtomicReference<String> inFlight) {
        while (!stop.get()) {
            String planId = Plans.freshId();
            inFlight.set(planId);
            try {
                HttpResponse<String> answer = put(port, key, planId);
                if (answer.statusCode() / 100 == 2) {
                    answered.put(planId, answer.body());
                    inFlight.set(null);
                }
            } catch (IOException killed) {
                return null; // the hub is gone mid-request: its answer, if it gave one, never arrived
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private void assertEveryAnsweredPlanIsThere(int port, String key) throws Exception {
        for (String planId : answered.keySet()) {
            HttpResponse<String> plan = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/plans/" + planId)).header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(plan.statusCode()).as("plan %s was answered 2xx before the kill", planId).isEqualTo(200);
            assertThat(Plans.parse(plan.body()).get("planId").asText()).isEqualTo(planId);
        }
    }

    private HttpResponse<String> put(int port, String key, String planId) throws IOException, InterruptedException {
        return http.send(DemoHubCalls.putPlan(port, key, planId, "durable-" + planId),
                HttpResponse.BodyHandlers.ofString());
    }
}
