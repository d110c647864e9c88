package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcexchange.hub.auth.ApiKeys;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;
import uk.ehcexchange.security.pki.Pkcs12Files;

/**
 * The live broker of a replicated Artemis pair killed with SIGKILL while Hertfordshire (919) transfers plans to Luton
 * (821), both served by one hub connected to the pair through a failover URL. The backup takes over; the hub's
 * consumers and producers follow it. Checked over the API only: every transfer answered 2xx is DELIVERED with Luton's
 * verified receipt and in Luton's inbox once; a request that failed in the failover window succeeds when resent with
 * the same Idempotency-Key, and resending any answered request creates nothing new.
 */
class BrokerFailoverTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final int TRANSFERS = 32;
    private static final int KILL_AFTER = 10;
    /** About four transfers a second (a plan and a transfer request each). */
    private static final long PACE_MILLIS = 250;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> apiKeys = new HashMap<>();
    private int api;

    @Test
    void transfersSurviveTheLiveBrokerBeingKilled(@TempDir Path dir) throws Exception {
        api = HubProcess.freePort();
        try (ArtemisPair brokers = ArtemisPair.start(dir.resolve("artemis"));
             HubProcess hub = new HubProcess(Files.createDirectories(dir.resolve("hub")), api,
                     hubSettings(dir, brokers)).start()) {
            List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger begun = new AtomicInteger();
            ScheduledExecutorService council = Executors.newSingleThreadScheduledExecutor();
            try {
                council.scheduleAtFixedRate(() -> {
                    if (begun.getAndIncrement() < TRANSFERS) {
                        attempts.add(transferOnce(Plans.freshId()));
                    }
                }, 0, PACE_MILLIS, TimeUnit.MILLISECONDS);
                await().atMost(Duration.ofSeconds(60)).until(() -> attempts.size() >= KILL_AFTER);

                Instant killedAt = Instant.now();
                brokers.killLive();
                brokers.awaitBackupLive(Duration.ofSeconds(60));
                Duration takeover = Duration.between(killedAt, Instant.now());

                await().atMost(Duration.ofSeconds(120)).until(() -> attempts.size() >= TRANSFERS);
                council.shutdown();
                assertThat(council.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

                List<Attempt> failed = attempts.stream().filter(a -> a.transferId == null).toList();
                Map<String, String> transferOfPlan = new LinkedHashMap<>();
                attempts.stream().filter(a -> a.transferId != null)
                        .forEach(a -> transferOfPlan.put(a.planId, a.transferId));
                for (Attempt lost : failed) {
                    Attempt resent = transferOnce(lost.planId);
                    assertThat(resent.transferId).as("%s resent with the same Idempotency-Key (first: %s)",
                            lost.planId, lost.failure).isNotNull();
                    transferOfPlan.put(lost.planId, resent.transferId);
                }
                for (Map.Entry<String, String> answered : transferOfPlan.entrySet()) {
                    assertThat(transferOnce(answered.getKey()).transferId)
                            .as("a transfer request for %s resent with its Idempotency-Key", answered.getKey())
                            .isEqualTo(answered.getValue());
                }

                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                        assertThat(notDelivered(transferOfPlan.values())).as("transfers not DELIVERED: status")
                                .isEmpty());
                for (String transferId : transferOfPlan.values()) {
                    assertThat(deliveredEvent(transferId).get("detail").asText()).as(transferId)
                            .startsWith("signed receipt from 821");
                }
                List<String> inbox = get("821", "/api/v1/councils/821/inbox").findValuesAsText("transferId");
                assertThat(inbox).as("each transfer in Luton's inbox once, nothing else")
                        .containsExactlyInAnyOrderElementsOf(transferOfPlan.values());

                List<Instant> deliveredAfterKill = transferOfPlan.values().stream()
                        .map(id -> Instant.parse(deliveredEvent(id).get("at").asText()))
                        .filter(at -> at.isAfter(killedAt)).sorted().toList();
                System.out.printf("BrokerFailoverTest: %d transfers, %d answered 2xx at first, %d failed and resent,"
                                + " %d delivered, %d in the inbox (duplicates %d); backup live %d ms after the kill;"
                                + " first delivery after the kill %d ms after it, the last %d ms after it%n",
                        TRANSFERS, TRANSFERS - failed.size(), failed.size(), transferOfPlan.size(), inbox.size(),
                        inbox.size() - inbox.stream().distinct().count(), takeover.toMillis(),
                        Duration.between(killedAt, deliveredAfterKill.get(0)).toMillis(),
                        Duration.between(killedAt, deliveredAfterKill.get(deliveredAfterKill.size() - 1)).toMillis());
            } finally {
                council.shutdownNow();
                keepLogs(dir);
            }
        }
    }

    /** The hub's and the brokers' logs, kept in target/broker-failover for whoever reads a failure (or the figures). */
    private static void keepLogs(Path dir) throws IOException {
        Path kept = Files.createDirectories(Path.of("target", "broker-failover"));
        for (String log : List.of("hub/hub.log", "artemis/live/artemis.log", "artemis/backup/artemis.log")) {
            if (Files.exists(dir.resolve(log))) {
                Files.copy(dir.resolve(log), kept.resolve(log.replace('/', '-')),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * The hub as production configures it, but for the database (its own H2 file): two councils with keys from a CA
     * made for this run, and the broker pair instead of the embedded broker.
     */
    private List<String> hubSettings(Path dir, ArtemisPair brokers) throws Exception {
        Path keys = Files.createDirectories(dir.resolve("keys"));
        DevelopmentCa ca = DevelopmentCa.create("Broker failover test CA");
        PemFiles.writeCertificates(keys.resolve("ca.pem"), List.of(ca.certificate()));
        PemFiles.writeCrl(keys.resolve("ca.crl"), ca.crlRevoking(List.of()));
        List<String> settings = new ArrayList<>(List.of(
                "--spring.artemis.mode=native", "--spring.artemis.embedded.enabled=false",
                "--spring.artemis.broker-url=" + brokers.failoverUrl(),
                "--spring.artemis.user=" + ArtemisPair.USER, "--spring.artemis.password=" + brokers.password,
                // A delivery whose hand-over the kill cut off is handed over again after 10 s rather than 30 s, to
                // keep the test short; everything else about delivery is on its defaults.
                "--ehc.delivery.requeue-after=10s"));
        List<String> councils = List.of("919", "821");
        for (int i = 0; i < councils.size(); i++) {
            String council = councils.get(i);
            String apiKey = ApiKeys.generate();
            apiKeys.put(council, apiKey);
            String password = ApiKeys.generate();
            Pkcs12Files.write(keys.resolve(council + ".p12"), password.toCharArray(),
                    ca.issue(council, KeyAlgorithm.EC_P256), ca.certificate());
            settings.addAll(List.of("--ehc.clients[" + i + "].id=case-system-" + council,
                    "--ehc.clients[" + i + "].authority=" + council,
                    "--ehc.clients[" + i + "].api-key-sha256=" + ApiKeys.sha256Hex(apiKey),
                    "--ehc.tenants[" + i + "].authority=" + council,
                    "--ehc.tenants[" + i + "].keystore=" + keys.resolve(council + ".p12"),
                    "--ehc.tenants[" + i + "].keystore-password=" + password,
                    "--ehc.trust[" + i + "].authority=" + council,
                    "--ehc.trust[" + i + "].anchors[0]=" + keys.resolve("ca.pem"),
                    "--ehc.trust[" + i + "].crls[0]=" + keys.resolve("ca.crl")));
        }
        return settings;
    }

    /** A plan submitted and its transfer to Luton started, each with its own Idempotency-Key, as a council would. */
    private Attempt transferOnce(String planId) {
        try {
            HttpResponse<String> plan = send(request("919", "/api/v1/plans/" + planId)
                    .header("Content-Type", "application/json").header("Idempotency-Key", "plan-" + planId)
                    .PUT(HttpRequest.BodyPublishers.ofString(Plans.golden(planId).toString())));
            if (plan.statusCode() / 100 != 2) {
                return new Attempt(planId, null, "plan answered " + plan.statusCode() + ": " + plan.body());
            }
            LocalDate today = LocalDate.now(ENGLAND);
            HttpResponse<String> started = send(request("919", "/api/v1/transfers")
                    .header("Content-Type", "application/json").header("Idempotency-Key", "move-" + planId)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"planId": "%s", "fromCouncil": "919", "toCouncil": "821", "moveDate": "%s", "awareOn": "%s"}"""
                            .formatted(planId, today, today.minusDays(40)))));
            if (started.statusCode() / 100 != 2) {
                return new Attempt(planId, null, "transfer answered " + started.statusCode() + ": " + started.body());
            }
            return new Attempt(planId, Plans.parse(started.body()).get("transferId").asText(), null);
        } catch (IOException noAnswer) {
            return new Attempt(planId, null, noAnswer.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(planId, null, "interrupted");
        }
    }

    private Map<String, String> notDelivered(Iterable<String> transferIds) throws Exception {
        Map<String, String> waiting = new LinkedHashMap<>();
        for (String transferId : transferIds) {
            String status = get("919", "/api/v1/transfers/" + transferId).get("status").asText();
            if (!status.equals("DELIVERED")) {
                waiting.put(transferId, status);
            }
        }
        return waiting;
    }

    private JsonNode deliveredEvent(String transferId) {
        try {
            for (JsonNode event : get("919", "/api/v1/transfers/" + transferId).get("history")) {
                if (event.get("status").asText().equals("DELIVERED")) {
                    return event;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError(transferId + " has no DELIVERED event");
    }

    private JsonNode get(String council, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(council, path).GET());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Plans.parse(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String council, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + api + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKeys.get(council));
    }

    /** One council request pair: the transfer id if the hub answered 2xx to both, otherwise why not. */
    private record Attempt(String planId, String transferId, String failure) {
    }
}
