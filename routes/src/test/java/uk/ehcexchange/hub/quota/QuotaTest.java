package uk.ehcexchange.hub.quota;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.ehcexchange.hub.config.ClockConfiguration;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.door.QuotaFilter;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * Per-client quotas on a real server with tiny limits (3 requests a minute, 64 KB a day) and a clock the test moves,
 * so that each test starts in a window of its own and Retry-After is exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuotaTest {

    private static final Path DATA_DIR = tempDir();

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> "0");
        registry.add("ehc.data-dir", DATA_DIR::toString);
        registry.add("ehc.demo-mode", () -> "true");
        registry.add("ehc.fhir.enabled", () -> "false");
        registry.add("ehc.quotas.requests-per-minute", () -> "3");
        registry.add("ehc.quotas.bytes-per-day", () -> "64KB");
    }

    /** The hub's clock, moved by the tests: every test sets the time it needs. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-02T10:00:30Z");

        @Override
        public ZoneId getZone() {
            return ClockConfiguration.ENGLAND;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort int port;
    @Autowired MovableClock clock;
    @Autowired AuditTrail audit;
    @Autowired ObjectMapper json;
    @Autowired QuotaUsage usage;
    @Autowired QuotaFilter quotaFilter;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFourthRequestInAMinuteIsRefusedWithRetryAfterAndAProblemDocument() throws Exception {
        clock.now = Instant.parse("2026-03-02T10:15:20Z");
        for (int i = 0; i < 3; i++) {
            assertThat(get("919", "/api/v1/authorities").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = get("919", "/api/v1/authorities");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).as("seconds to the minute's end").hasValue("40");
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:ehc-exchange:problem:quota-exceeded");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("requests-per-minute");
        assertThat(audit.recent(20)).anySatisfy(event -> {
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.REJECTED);
            assertThat(event.reason()).isEqualTo("quota-exceeded requests-per-minute within-quota");
        });
        assertThat(get("821", "/api/v1/authorities").statusCode()).as("another client has its own quota")
                .isEqualTo(200);

        clock.now = Instant.parse("2026-03-02T10:16:00Z");
        assertThat(get("919", "/api/v1/authorities").statusCode()).as("a new minute").isEqualTo(200);
    }

    @Test
    void aDeclaredBodyLargerThanWhatIsLeftOfTheDayIsRefusedBeforeItIsRead() throws Exception {
        clock.now = Instant.parse("2026-03-03T23:00:00Z"); // midnight in London is an hour away (GMT in March)

        HttpResponse<String> refused = send("821", HttpRequest.newBuilder(uri("/api/v1/plans/QUOTA-1"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[70 * 1024])));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).as("seconds to midnight").hasValue("3600");
        assertThat(json.readTree(refused.body()).path("errors").get(0).path("field").asText())
                .isEqualTo("bytes-per-day");
    }

    @Test
    void aStreamedBodyThatRunsPastTheDaysBytesIsRefusedWhileItIsRead() throws Exception {
        clock.now = Instant.parse("2026-03-04T12:00:00Z");
        byte[] body = ("{\"planId\": \"" + "x".repeat(80 * 1024) + "\"}").getBytes();

        // No Content-Length: the body is chunked, so only counting it as it streams can stop it.
        HttpResponse<String> refused = send("303", HttpRequest.newBuilder(uri("/api/v1/plans/QUOTA-2"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "quota-2")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue(String.valueOf(12 * 3600));
        assertThat(json.readTree(refused.body()).path("type").asText())
                .isEqualTo("urn:ehc-exchange:problem:quota-exceeded");
        clock.now = Instant.parse("2026-03-04T12:01:00Z");
        assertThat(get("303", "/api/v1/authorities").statusCode()).as("only bodies are refused for the day")
                .isEqualTo(200);
    }

    @Test
    void overSoapTheRefusalIsAFaultWithTheCodeQuotaExceeded() throws Exception {
        clock.now = Instant.parse("2026-03-05T09:30:10Z");
        String envelope = """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:hub="urn:ehc-exchange:soap:v1">
                  <soapenv:Header>
                    <wsse:Security soapenv:mustUnderstand="1" \
                xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
                      <wsse:UsernameToken><wsse:Username>demo-305</wsse:Username>\
                <wsse:Password>%s</wsse:Password></wsse:UsernameToken>
                    </wsse:Security>
                  </soapenv:Header>
                  <soapenv:Body><hub:ListInboxRequest><hub:Council>305</hub:Council></hub:ListInboxRequest>\
                </soapenv:Body>
                </soapenv:Envelope>""".formatted(apiKey("305"));
        for (int i = 0; i < 3; i++) {
            assertThat(soap(envelope).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = soap(envelope);

        assertThat(refused.statusCode()).as("SOAP 1.1 answers a fault with 500").isEqualTo(500);
        assertThat(refused.body()).contains("<faultcode>soap:Client</faultcode>").contains("quota-exceeded")
                .contains("requests-per-minute");
    }

    /**
     * Where authentication has named the caller before the filter runs (as Spring Security does for every front
     * door), the filter answers itself, in the front door's format (FHIR's is FhirRefusalWriterTest's: this hub runs
     * without /fhir).
     */
    @Test
    void refusedBeforeItsFrontDoorARequestGetsThatFrontDoorsFormat() throws Exception {
        clock.now = Instant.parse("2026-03-06T08:00:05Z");
        ClientIdentity trust = new ClientIdentity("trust-RY4", "RY4");
        usage.add(trust.clientId(), Quota.REQUESTS, Instant.parse("2026-03-06T08:00:00Z"), 3);

        MockHttpServletResponse rest = filter("/api/v1/plans/P-1", trust);
        assertThat(rest.getStatus()).isEqualTo(429);
        assertThat(rest.getHeader("Retry-After")).isEqualTo("55");
        assertThat(json.readTree(rest.getContentAsString()).path("type").asText())
                .isEqualTo("urn:ehc-exchange:problem:quota-exceeded");

        MockHttpServletResponse soap = filter("/soap/v1/hub", trust);
        assertThat(soap.getStatus()).as("SOAP 1.1 answers a fault with 500").isEqualTo(500);
        assertThat(soap.getContentAsString()).contains("<faultcode>soap:Client</faultcode>")
                .contains(">quota-exceeded<").contains(">requests-per-minute<");
    }

    private MockHttpServletResponse filter(String path, ClientIdentity caller) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setAttribute(ClientIdentity.REQUEST_ATTRIBUTE, caller);
        MockHttpServletResponse response = new MockHttpServletResponse();
        quotaFilter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("a refused request must not reach its front door");
        });
        return response;
    }

    private HttpResponse<String> soap(String envelope) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/soap/v1/hub")).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(envelope)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String council, String path) throws IOException, InterruptedException {
        return send(council, HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(String council, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + apiKey(council))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String apiKey(String council) throws IOException {
        Properties keys = new Properties();
        try (Reader in = Files.newBufferedReader(DATA_DIR.resolve("demo-api-keys.properties"))) {
            keys.load(in);
        }
        return keys.getProperty("council." + council);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("ehc-quota-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
