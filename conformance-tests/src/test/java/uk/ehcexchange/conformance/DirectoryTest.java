package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.RunningHub.ICB;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The directory a council system reads before it sends: every English council with the format and front door its
 * system takes deliveries in (the running hub has Bexley, 303, on council XML over SOAP and Croydon, 306, on CSV),
 * and the configured ICBs and trusts.
 */
class DirectoryTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void listsEveryCouncilWithHowItsSystemTakesDeliveries() throws Exception {
        HttpResponse<String> response = hub.as("305").get("/api/v1/authorities");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, JsonNode> byCode = new HashMap<>();
        Plans.parse(response.body()).forEach(authority -> byCode.put(authority.get("code").asText(), authority));
        assertThat(byCode.values().stream().filter(a -> a.get("kind").asText().equals("COUNCIL"))).hasSize(153);
        assertThat(inbound(byCode.get("303"))).isEqualTo("council-xml over soap");
        assertThat(inbound(byCode.get("306"))).isEqualTo("csv over rest");
        assertThat(inbound(byCode.get("919"))).as("a council not configured").isEqualTo("canonical-json over rest");
        assertThat(byCode.get(ICB).get("kind").asText()).isEqualTo("ICB");
        assertThat(byCode.get(ICB).has("inbound")).as("an ICB takes FHIR; it has no council preference").isFalse();
    }

    @Test
    void isOnlyForAuthenticatedSystems() {
        assertThat(hub.anonymous().get("/api/v1/authorities").statusCode()).isEqualTo(401);
    }

    private static String inbound(JsonNode council) {
        return council.get("inbound").get("format").asText() + " over " + council.get("inbound").get("transport").asText();
    }
}
