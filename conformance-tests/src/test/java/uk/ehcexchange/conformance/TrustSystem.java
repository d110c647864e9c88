package uk.ehcexchange.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A trust's (or ICB's) system as it would call the hub: it exchanges a signed client assertion for an access token
 * at {@code /oauth2/token}, then drives /fhir with HAPI's generic client. Raw HTTP is there for what a well-behaved
 * client would never send (malformed bodies, attacks).
 */
final class TrustSystem {

    static final FhirContext FHIR = FhirContext.forR4();

    static {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    }

    private final RunningHub hub;
    private final FhirCredential credential;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    TrustSystem(RunningHub hub, String authority) {
        this.hub = hub;
        this.credential = hub.fhirCredential(authority);
    }

    String tokenUrl() {
        return hub.base().resolve("/oauth2/token").toString();
    }

    /** What client assertions must name as {@code aud}: the hub's configured ehc.fhir.token-audience. */
    String audience() {
        return RunningHub.TOKEN_AUDIENCE;
    }

    /** POSTs the form to the token endpoint as given. */
    HttpResponse<String> requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Map<String, String> clientCredentials(String assertion) {
        return Map.of("grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion);
    }

    FhirCredential credential() {
        return credential;
    }

    synchronized String accessToken() {
        if (token == null) {
            HttpResponse<String> answer = requestToken(clientCredentials(credential.assertion(audience())));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no token: " + answer.statusCode() + " " + answer.body());
            }
            token = Plans.parse(answer.body()).get("access_token").asText();
        }
        return token;
    }

    IGenericClient client() {
        IGenericClient client = FHIR.newRestfulGenericClient(hub.base().resolve("/fhir").toString());
        client.registerInterceptor(new BearerTokenAuthInterceptor(accessToken()));
        return client;
    }

    /**
     * A raw request to /fhir with this system's token (unless {@code headers} bring their own Authorization);
     * {@code headers} alternate name, value.
     */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.base().resolve("/fhir" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/fhir+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        boolean ownAuthorization = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            ownAuthorization |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (!ownAuthorization) {
            request.header("Authorization", "Bearer " + accessToken());
        }
        return send(request);
    }

    /** As {@link #send}, with a body of unknown length (sent chunked, no Content-Length). */
    HttpResponse<String> sendStreamed(String method, String path, String contentType,
                                      Supplier<InputStream> body) {
        return send(HttpRequest.newBuilder(hub.base().resolve("/fhir" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/fhir+json")
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + accessToken())
                .method(method, HttpRequest.BodyPublishers.ofInputStream(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
