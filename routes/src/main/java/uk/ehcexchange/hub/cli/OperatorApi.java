package uk.ehcexchange.hub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The running hub's operator API (management port), as the {@code deliveries} commands call it. A refusal becomes a
 * {@link CliException} carrying the problem document's detail, so the operator reads the hub's own reason.
 */
final class OperatorApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI hub;
    private final String key;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    OperatorApi(URI hub, String key) {
        this.hub = hub;
        this.key = key;
    }

    JsonNode get(String path) throws CliException, IOException {
        return send(request(path).GET());
    }

    JsonNode post(String path, JsonNode body) throws CliException, IOException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static ObjectMapper json() {
        return JSON;
    }

    private HttpRequest.Builder request(String path) {
        String base = hub.toString().endsWith("/") ? hub.toString().substring(0, hub.toString().length() - 1)
                : hub.toString();
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + key).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest.Builder request) throws CliException, IOException {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        } catch (java.net.ConnectException e) {
            throw new CliException("cannot reach the hub's management port at " + hub + " (is it running? --hub)");
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 400) {
            String detail = body != null && body.hasNonNull("detail") ? body.get("detail").asText()
                    : "the hub answered HTTP " + response.statusCode();
            throw new CliException(detail + " (HTTP " + response.statusCode() + ")");
        }
        if (body == null) {
            throw new CliException("the hub answered HTTP " + response.statusCode() + " without JSON; is " + hub
                    + " its management port?");
        }
        return body;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
