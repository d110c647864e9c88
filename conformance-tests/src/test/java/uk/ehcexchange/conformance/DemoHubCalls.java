package uk.ehcexchange.conformance;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/** What tests of a hub process started in demo mode need: Hertfordshire's key, and a plan submission. */
final class DemoHubCalls {

    private DemoHubCalls() {
    }

    /** Demonstration mode gives council 919 a new key at every start. */
    static String hertsKey(Path dataDir) throws IOException {
        Properties keys = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve("demo-api-keys.properties"))) {
            keys.load(in);
        }
        return keys.getProperty("council.919");
    }

    /** {@code PUT /api/v1/plans/{planId}} of the golden plan under that id. */
    static HttpRequest putPlan(int port, String key, String planId, String idempotencyKey) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans/" + planId))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .PUT(HttpRequest.BodyPublishers.ofString(Plans.golden(planId).toString())).build();
    }
}
