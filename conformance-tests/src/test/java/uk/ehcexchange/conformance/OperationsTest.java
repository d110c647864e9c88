package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/** What operators and integrators rely on besides the API calls themselves. */
class OperationsTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void healthIsUpWithoutCredentialsOnTheManagementPort() {
        HttpResponse<String> health = management("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Plans.parse(health.body()).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusCountsRefusalsByRule() {
        hub.as("821").get("/api/v1/councils/303/inbox");

        String metrics = management("/actuator/prometheus").body();

        assertThat(metrics).contains("ehc_api_rejections_total{rule=\"not-your-authority\"}");
    }

    @Test
    void theApiPortKeepsOnlyTheProbes() {
        assertThat(hub.anonymous().get("/livez").statusCode()).isEqualTo(200);
        assertThat(hub.anonymous().get("/readyz").statusCode()).isEqualTo(200);
        for (String actuator : List.of("/actuator/health", "/actuator/prometheus", "/actuator", "/actuator/env")) {
            assertThat(hub.as("919").get(actuator).statusCode()).as(actuator).isEqualTo(404);
        }
    }

    @Test
    void theManagementPortServesNothingElse() {
        assertThat(management("/api/v1/authorities").statusCode()).isEqualTo(404);
        assertThat(management("/actuator/env").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> management(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(hub.managementBase().resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentIsPublishedAndDescribesEveryApiPath() {
        HttpResponse<String> document = hub.anonymous().get("/api/v1/openapi.yaml");
        assertThat(document.statusCode()).isEqualTo(200);
        Map<String, Object> openApi = new Yaml().load(document.body());
        Set<String> documented = ((Map<String, Object>) openApi.get("paths")).keySet();

        Set<String> served = new TreeSet<>();
        hub.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods().keySet().forEach(mapping ->
                mapping.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                        .map(p -> p.replace("{*", "{")) // a capture of the rest of the path is one OpenAPI parameter
                        .forEach(served::add));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }
}
