package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.ehcexchange.conformance.BadRequestTest.assertRefused;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The same request sent twice with the same Idempotency-Key makes one record and gets the same answer. */
class IdempotencyTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void aResentPlanSubmissionGetsTheSameAnswerAndMakesNoNewVersion() {
        String planId = Plans.freshId();
        String body = Plans.golden(planId).toString();

        HttpResponse<String> first = hub.as("919").put("/api/v1/plans/" + planId, body, "same-" + planId);
        HttpResponse<String> again = hub.as("919").put("/api/v1/plans/" + planId, body, "same-" + planId);

        assertThat(again.statusCode()).isEqualTo(first.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        HttpResponse<String> update = hub.as("919").put("/api/v1/plans/" + planId, body, "update-" + planId);
        assertThat(Plans.parse(update.body()).get("version").asInt())
                .as("only the request with a new key made a new version").isEqualTo(2);
    }

    @Test
    void reusingAKeyForADifferentRequestIsRefused() {
        String planId = Plans.freshId();
        ObjectNode plan = Plans.golden(planId);
        hub.as("919").put("/api/v1/plans/" + planId, plan.toString(), "reused-" + planId);
        ObjectNode sectionA = (ObjectNode) plan.get("sections").get("A");
        sectionA.put("text", sectionA.get("text").asText() + " Updated after the family's comments.");

        assertRefused(hub.as("919").put("/api/v1/plans/" + planId, plan.toString(), "reused-" + planId),
                422, "Idempotency-Key", "idempotency-key-reused");
    }

    @Test
    void aTransferRequestSentEightTimesAtOnceMakesOneTransfer() throws Exception {
        String planId = Plans.freshId();
        hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "plan-" + planId);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String request = """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "303", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, today, today.minusDays(40));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> sends = IntStream.range(0, 8)
                    .<Callable<HttpResponse<String>>>mapToObj(i ->
                            () -> hub.as("919").post("/api/v1/transfers", request, "move-" + planId))
                    .toList();
            List<String> transferIds = pool.invokeAll(sends).stream().map(IdempotencyTest::join)
                    .map(response -> {
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                        return Plans.parse(response.body()).get("transferId").asText();
                    })
                    .distinct().toList();
            assertThat(transferIds).hasSize(1);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    Plans.parse(hub.as("303").get("/api/v1/councils/303/inbox").body()).findValuesAsText("planId"))
                    .containsOnlyOnce(planId));
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> join(Future<HttpResponse<String>> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
