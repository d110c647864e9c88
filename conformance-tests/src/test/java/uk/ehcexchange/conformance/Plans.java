package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** The golden sample plan, given a fresh id so that tests sharing one hub never collide. */
final class Plans {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLDEN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";

    private Plans() {
    }

    static ObjectNode golden(String planId) {
        try (InputStream in = Plans.class.getResourceAsStream(GOLDEN)) {
            ObjectNode plan = (ObjectNode) JSON.readTree(in);
            plan.put("planId", planId);
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hertfordshire transfers its plan to Luton, told 40 days ahead of a move today: the item in Luton's inbox, once
     * it is there.
     */
    static JsonNode transferredFromHertsToLuton(RunningHub hub, String planId) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        HttpResponse<String> started = hub.as("919").post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "821", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, today, today.minusDays(40)), "transfer-" + planId);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String transferId = parse(started.body()).get("transferId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                parse(hub.as("821").get("/api/v1/councils/821/inbox").body()).findValuesAsText("transferId"))
                .contains(transferId));
        return parse(hub.as("821").get("/api/v1/councils/821/inbox/" + transferId).body());
    }

    static String freshId() {
        return "PLAN-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
