package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Answers about a child are kept by nobody on the way: every answer of each front door — the JSON API, FHIR and
 * SOAP, and refusals as well as data — says {@code Cache-Control: no-store}, once. (Downloads are checked where
 * they are fetched: PlanDocumentTest, FhirAdviceTest, AdviceRequestTest.)
 */
class NotCachedTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void theJsonApiSaysNoStoreOnDataAndOnRefusals() {
        String planId = Plans.freshId();
        hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "submit-" + planId);

        assertNoStore(hub.as("919").get("/api/v1/plans/" + planId), 200);
        assertNoStore(hub.as("919").get("/api/v1/councils/919/inbox"), 200);
        assertNoStore(hub.as("821").get("/api/v1/plans/" + planId), 404);
        assertNoStore(hub.anonymous().get("/api/v1/plans/" + planId), 401);
    }

    @Test
    void fhirSaysNoStoreOnTasksAndSearches() {
        TrustSystem trust = new TrustSystem(hub, TRUST);
        String requestId = FhirAdviceTest.ask(hub, TRUST, null).get("requestId").asText();

        assertNoStore(trust.send("GET", "/Task/" + requestId, null, null), 200);
        assertNoStore(trust.send("GET", "/Task?owner=" + TRUST, null, null), 200);
        assertNoStore(trust.send("GET", "/Task/" + java.util.UUID.randomUUID(), null, null), 404);
    }

    @Test
    void soapSaysNoStore() {
        SoapClients soap = new SoapClients(hub);

        assertNoStore(soap.post(soap.envelope("303",
                "<hub:ListInboxRequest><hub:Council>303</hub:Council></hub:ListInboxRequest>")), 200);
        assertNoStore(soap.post(soap.envelope("303",
                "<hub:ListInboxRequest><hub:Council>919</hub:Council></hub:ListInboxRequest>")), 500);
    }

    private static void assertNoStore(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().allValues("Cache-Control")).as(response.uri().toString())
                .containsExactly("no-store");
    }
}
