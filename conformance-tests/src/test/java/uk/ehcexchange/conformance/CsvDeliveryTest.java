package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.csv.CaseloadCsvReader;
import uk.ehcexchange.adapters.caseload.CaseloadRow;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

/**
 * Croydon (306) has {@code ehc.councils.306.format=csv}: a plan transferred to it arrives as caseload CSV that the
 * caseload CSV reader reads back to the very plan that was sent; an explicit Accept still wins, and advice, which
 * CSV cannot carry, stays canonical JSON.
 */
class CsvDeliveryTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void aPlanTransferredToACsvCouncilArrivesAsCaseloadCsvThatReadsBackToTheSamePlan() throws Exception {
        String planId = Plans.freshId();
        String sent = Plans.golden(planId).toString();
        assertThat(hub.as("919").put("/api/v1/plans/" + planId, sent, "csv-" + planId).statusCode()).isEqualTo(201);
        String transferId = Plans.parse(hub.as("919").post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "306", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, SoapFixtures.today(), SoapFixtures.today().minusDays(40)), "move-" + planId).body())
                .get("transferId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                hub.as("306").get("/api/v1/councils/306/inbox").body()).contains(transferId));

        HttpResponse<byte[]> csv = hub.as("306").getBytes("/api/v1/councils/306/inbox/" + transferId);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/csv;").contains("charset=UTF-8").contains("header=present");
        assertThat(csv.headers().firstValue("Ehc-Not-Carried")).as("the row carries the whole plan").isEmpty();
        try (CaseloadCsvReader reader = CaseloadCsvReader.open(new ByteArrayInputStream(csv.body()))) {
            CaseloadRow row = reader.next();
            assertThat(row.violations()).isEmpty();
            assertThat(row.number()).as("the header, then one row").isEqualTo(2);
            assertThat(row.plan()).isEqualTo(CanonicalJson.mapper().readValue(sent, EhcPlan.class));
            assertThat(reader.next()).isNull();
        }
        HttpResponse<String> json = hub.as("306").get("/api/v1/councils/306/inbox/" + transferId, "application/json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(Plans.parse(json.body()).get("plan")).as("an explicit Accept wins").isEqualTo(Plans.parse(sent));
    }

    @Test
    void adviceHasNoCsvFormAndReachesACsvCouncilAsCanonicalJson() {
        var request = AdviceRequestTest.newRequest("MEDICAL", TRUST, null);
        HttpResponse<String> asked = hub.as("306").post("/api/v1/councils/306/advice-requests", request.toString(),
                "ask-" + UUID.randomUUID());
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String requestId = Plans.parse(asked.body()).get("requestId").asText();
        HttpResponse<String> answered = hub.as(TRUST).post("/api/v1/advice-requests/" + requestId + "/health-advice",
                AdviceRequestTest.healthAdvice(requestId).toString(), "csv-" + requestId);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        String responseId = Plans.parse(answered.body()).get("responseId").asText();

        HttpResponse<String> item = hub.as("306").get("/api/v1/councils/306/inbox/advice/" + responseId);

        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(item.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(Plans.parse(item.body()).get("advice").get("needs")).isNotEmpty();
    }
}
