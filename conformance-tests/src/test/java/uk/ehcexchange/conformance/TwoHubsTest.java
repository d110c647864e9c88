package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcexchange.hub.auth.ApiKeys;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;
import uk.ehcexchange.security.pki.Pkcs12Files;

/**
 * Two hubs as separate processes on this machine, each with its own broker, database and keys, and its heap capped
 * at 256 MB. Hub A serves Hertfordshire (919) and Bexley (303); hub B serves Luton (821). Hub B is offline while
 * Hertfordshire sends it two plans, one carrying a 100 MB report; when it comes up it gets both, in order, once,
 * and each delivery is proved by a receipt signed by Luton. Then Luton sends a plan back to Bexley.
 */
class TwoHubsTest {

    private static final String REPORT_REFERENCE = "HCC-EHCP-2023-004417/K/04-medical-advice.pdf";
    private static final long REPORT_BYTES = 100_000_000L;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> apiKeys = new java.util.HashMap<>();

    @Test
    void plansTravelBetweenHubsInOrderOnceWithSignedReceipts(@TempDir Path dir) throws Exception {
        Path keys = Files.createDirectories(dir.resolve("keys"));
        DevelopmentCa caA = DevelopmentCa.create("Hub A councils' CA");
        DevelopmentCa caB = DevelopmentCa.create("Hub B councils' CA");
        for (DevelopmentCa ca : List.of(caA, caB)) {
            String name = ca == caA ? "ca-a" : "ca-b";
            PemFiles.writeCertificates(keys.resolve(name + ".pem"), List.of(ca.certificate()));
            PemFiles.writeCrl(keys.resolve(name + ".crl"), ca.crlRevoking(List.of()));
        }
        TlsTestCertificates tls = new TlsTestCertificates();
        tls.writeCa(keys.resolve("tls-ca.pem"));
        int apiA = HubProcess.freePort();
        int peerA = HubProcess.freePort();
        int apiB = HubProcess.freePort();
        int peerB = HubProcess.freePort();

        List<String> hubA = new ArrayList<>();
        List<String> hubB = new ArrayList<>();
        council(hubA, 0, "919", caA, "ca-a", keys);
        council(hubA, 1, "303", caA, "ca-a", keys);
        council(hubB, 0, "821", caB, "ca-b", keys);
        trust(hubA, 2, "821", "ca-b", keys);
        trust(hubB, 1, "919", "ca-a", keys);
        trust(hubB, 2, "303", "ca-a", keys);
        peering(hubA, "hub-a", peerA, tls, keys);
        peering(hubB, "hub-b", peerB, tls, keys);
        hubA.addAll(List.of("--ehc.peers[0].name=hub-b", "--ehc.peers[0].url=https://localhost:" + peerB,
                "--ehc.peers[0].authorities[0]=821", "--ehc.peers[0].certificates[0]=" + keys.resolve("821.pem")));
        hubB.addAll(List.of("--ehc.peers[0].name=hub-a", "--ehc.peers[0].url=https://localhost:" + peerA,
                "--ehc.peers[0].authorities[0]=919", "--ehc.peers[0].authorities[1]=303",
                "--ehc.peers[0].certificates[0]=" + keys.resolve("919.pem"),
                "--ehc.peers[0].certificates[1]=" + keys.resolve("303.pem")));

        try (HubProcess a = new HubProcess(Files.createDirectories(dir.resolve("a")), apiA, hubA).start()) {
            String first = Plans.freshId();
            String second = Plans.freshId();
            put(apiA, "919", "/api/v1/plans/" + first, Plans.golden(first));
            put(apiA, "919", "/api/v1/plans/" + second, Plans.golden(second));
            String reportSha256 = uploadReport(apiA, first);
            String t1 = startTransfer(apiA, "919", first, "821");
            String t2 = startTransfer(apiA, "919", second, "821");
            // Hub B is not up: the first transfer is sealed and waits for it; the second waits its turn behind it.
            await().atMost(Duration.ofSeconds(60)).until(() -> status(apiA, "919", t1).equals("SENT"));
            assertThat(status(apiA, "919", t2)).isEqualTo("REQUESTED");

            try (HubProcess b = new HubProcess(Files.createDirectories(dir.resolve("b")), apiB, hubB).start()) {
                await().atMost(Duration.ofSeconds(120)).until(() -> status(apiA, "919", t1).equals("DELIVERED")
                        && status(apiA, "919", t2).equals("DELIVERED"));
                for (String transferId : List.of(t1, t2)) {
                    assertThat(get(apiA, "919", "/api/v1/transfers/" + transferId).get("history")
                            .findValuesAsText("status")).containsExactly("REQUESTED", "SENT", "DELIVERED");
                }
                JsonNode inbox = get(apiB, "821", "/api/v1/councils/821/inbox");
                assertThat(inbox.findValuesAsText("transferId")).as("once each").containsExactlyInAnyOrder(t1, t2);
                assertThat(receivedAt(inbox, t1)).as("in the order they were sent").isBefore(receivedAt(inbox, t2));

                JsonNode item = get(apiB, "821", "/api/v1/councils/821/inbox/" + t1);
                assertThat(item.get("documents")).anySatisfy(document -> {
                    assertThat(document.get("reference").asText()).isEqualTo(REPORT_REFERENCE);
                    assertThat(document.get("size").asLong()).isEqualTo(REPORT_BYTES);
                    assertThat(document.get("sha256").asText()).isEqualTo(reportSha256);
                });

                post(apiB, "821", "/api/v1/councils/821/inbox/" + t1 + "/acknowledgement", null, null);
                await().atMost(Duration.ofSeconds(60)).until(() -> status(apiA, "919", t1).equals("ACKNOWLEDGED"));

                String back = Plans.freshId();
                ObjectNode lutonPlan = Plans.golden(back);
                lutonPlan.put("owningCouncil", "821");
                put(apiB, "821", "/api/v1/plans/" + back, lutonPlan);
                String t3 = startTransfer(apiB, "821", back, "303");
                await().atMost(Duration.ofSeconds(60)).until(() -> status(apiB, "821", t3).equals("DELIVERED"));
                assertThat(get(apiA, "303", "/api/v1/councils/303/inbox").findValuesAsText("transferId")).contains(t3);
            }
        }
    }

    private void council(List<String> args, int i, String council, DevelopmentCa ca, String caName, Path keys)
            throws Exception {
        String apiKey = ApiKeys.generate();
        apiKeys.put(council, apiKey);
        String password = ApiKeys.generate();
        IssuedCredential credential = ca.issue(council, KeyAlgorithm.EC_P256);
        Pkcs12Files.write(keys.resolve(council + ".p12"), password.toCharArray(), credential, ca.certificate());
        PemFiles.writeCertificates(keys.resolve(council + ".pem"), List.of(credential.certificate()));
        args.addAll(List.of("--ehc.clients[" + i + "].id=case-system-" + council,
                "--ehc.clients[" + i + "].authority=" + council,
                "--ehc.clients[" + i + "].api-key-sha256=" + ApiKeys.sha256Hex(apiKey),
                "--ehc.tenants[" + i + "].authority=" + council,
                "--ehc.tenants[" + i + "].keystore=" + keys.resolve(council + ".p12"),
                "--ehc.tenants[" + i + "].keystore-password=" + password));
        trust(args, i, council, caName, keys);
    }

    private static void trust(List<String> args, int i, String council, String caName, Path keys) {
        args.addAll(List.of("--ehc.trust[" + i + "].authority=" + council,
                "--ehc.trust[" + i + "].anchors[0]=" + keys.resolve(caName + ".pem"),
                "--ehc.trust[" + i + "].crls[0]=" + keys.resolve(caName + ".crl")));
    }

    private static void peering(List<String> args, String hub, int port, TlsTestCertificates tls, Path keys)
            throws Exception {
        String password = ApiKeys.generate();
        tls.writeHubIdentity(hub, keys.resolve(hub + "-tls.p12"), password.toCharArray());
        args.addAll(List.of("--ehc.peering.port=" + port, "--ehc.peering.keystore=" + keys.resolve(hub + "-tls.p12"),
                "--ehc.peering.keystore-password=" + password, "--ehc.peering.trusted-cas=" + keys.resolve("tls-ca.pem"),
                "--ehc.delivery.first-retry=500ms", "--ehc.delivery.max-retry-interval=2s"));
    }

    /** Uploads a 100 MB report of incompressible bytes, streamed, and returns its SHA-256. */
    private String uploadReport(int api, String planId) throws Exception {
        HttpResponse<String> response = http.send(request(api, "919", "/api/v1/plans/" + planId + "/documents/"
                        + REPORT_REFERENCE).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(TwoHubsTest::report), REPORT_BYTES)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream in = report()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
            }
        }
        String expected = HexFormat.of().formatHex(sha256.digest());
        assertThat(Plans.parse(response.body()).get("sha256").asText()).isEqualTo(expected);
        return expected;
    }

    private static InputStream report() {
        SplittableRandom random = new SplittableRandom(4417);
        return new InputStream() {
            private long left = REPORT_BYTES;

            @Override
            public int read() {
                return left-- > 0 ? random.nextInt(256) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) random.nextInt(256);
                }
                left -= n;
                return n;
            }
        };
    }

    private String startTransfer(int api, String council, String planId, String toCouncil) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        HttpResponse<String> started = post(api, council, "/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "%s", "toCouncil": "%s", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, council, toCouncil, today, today.minusDays(40)), "move-" + planId);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return Plans.parse(started.body()).get("transferId").asText();
    }

    private String status(int api, String council, String transferId) throws Exception {
        return get(api, council, "/api/v1/transfers/" + transferId).get("status").asText();
    }

    private static Instant receivedAt(JsonNode inbox, String transferId) {
        for (JsonNode item : inbox) {
            if (item.get("transferId").asText().equals(transferId)) {
                return Instant.parse(item.get("receivedAt").asText());
            }
        }
        throw new AssertionError(transferId + " is not in the inbox");
    }

    private void put(int api, String council, String path, JsonNode body) throws Exception {
        HttpResponse<String> response = http.send(request(api, council, path).header("Content-Type", "application/json")
                .header("Idempotency-Key", "put-" + path.hashCode())
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    }

    private HttpResponse<String> post(int api, String council, String path, String json, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = request(api, council, path);
        if (json != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.POST(json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(int api, String council, String path) throws IOException, InterruptedException {
        return Plans.parse(http.send(request(api, council, path).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private HttpRequest.Builder request(int api, String council, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + api + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + apiKeys.get(council));
    }
}
