package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
    void healthIsUpWithoutCredentials() {
        HttpResponse<String> health = hub.anonymous().get(hub.managementBase().resolve("/actuator/health").toString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Plans.parse(health.body()).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusCountsRefusalsByRule() {
        hub.as("821").get("/api/v1/councils/303/inbox");

        String metrics = hub.anonymous().get(hub.managementBase().resolve("/actuator/prometheus").toString()).body();

        assertThat(metrics).contains("ehc_api_rejections_total{rule=\"not-your-authority\"}");
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
