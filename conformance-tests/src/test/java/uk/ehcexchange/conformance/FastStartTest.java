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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub with FHIR on is ready for the council API before its FHIR validator has loaded: /readyz is 200 and the REST
 * API serves while /fhir answers 503 with Retry-After and an OperationOutcome, and /readyz-fhir keeps FHIR traffic
 * away; then FHIR warms up in the background and serves. The warm-up is held back for a while
 * ({@code ehc.fhir.warm-up-delay}) so that the 503 is there to be seen however fast the machine.
 */
class FastStartTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theCouncilApiServesWhileFhirWarmsUpAndFhirServesOnceWarm(@TempDir Path dir) throws Exception {
        int port = HubProcess.freePort();
        try (HubProcess hub = new HubProcess(dir, port, List.of("--spring.profiles.active=demo", HubProcess.FHIR_ON,
                "--ehc.fhir.warm-up-delay=30s")).start()) {
            URI base = URI.create("http://localhost:" + port);

            String planId = Plans.freshId();
            HttpResponse<String> plan = http.send(DemoHubCalls.putPlan(port, DemoHubCalls.hertsKey(dir), planId,
                    "fast-start-" + planId), HttpResponse.BodyHandlers.ofString());
            assertThat(plan.statusCode()).as("the council API stores a plan while FHIR warms").isEqualTo(201);

            JsonNode readiness = Plans.parse(get(base, "/readyz").body());
            assertThat(readiness.get("status").asText()).isEqualTo("UP");
            assertThat(readiness.at("/components/rest/status").asText()).isEqualTo("UP");
            assertThat(readiness.at("/components/soap/status").asText()).isEqualTo("UP");
            assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
            assertThat(readiness.at("/components/jms/status").asText()).isEqualTo("UP");
            assertThat(readiness.at("/components/fhir/status").asText()).isEqualTo("WARMING");
            assertThat(get(base, "/readyz-fhir").statusCode()).isEqualTo(503);

            HttpResponse<String> warming = get(base, "/fhir/metadata");
            assertThat(warming.statusCode()).isEqualTo(503);
            assertThat(warming.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(warming.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/fhir+json"));
            JsonNode outcome = Plans.parse(warming.body());
            assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(outcome.at("/issue/0/code").asText()).isEqualTo("transient");

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(base, "/fhir/metadata").statusCode() == 200);
            assertThat(get(base, "/readyz-fhir").statusCode()).isEqualTo(200);
            assertThat(Plans.parse(get(base, "/readyz").body()).at("/components/fhir/status").asText())
                    .isEqualTo("UP");
            assertThat(Files.readAllLines(hub.log()))
                    .as("the 503 is audited at INFO; the warm-up logs no ERROR")
                    .anyMatch(line -> line.contains(" INFO ") && line.contains("reason=fhir-warming-up"))
                    .noneMatch(line -> line.contains(" ERROR "));
        }
    }

    private HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
