package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.hub.delivery.DeliveryStatus;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * Issue 13, item 3: a delivery that failed for good is an operator's work list. The ICB refuses a plan; an operator
 * finds it with its reason through the management port's operator API and through {@code ehc-hub deliveries}, retries
 * it once the ICB accepts it, discards another with a reason; each action is audited with the operator's name and
 * the failures are counted in Prometheus. Every refusal of the door is a problem document.
 */
class OperatorDeliveriesTest {

    private static final String ACTOR = "operator:" + RunningHub.OPERATOR;
    private static final Pattern FAILED_GAUGE = Pattern.compile(
            "ehc_deliveries\\{kind=\"ICB_PLAN\",status=\"FAILED\"[^}]*} ([0-9.E]+)");

    private final RunningHub hub = RunningHub.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aFailedDeliveryIsListedWithItsReasonRetriedOnceMendedAndTheRetryIsAudited() {
        FailedDeliveries.Failed failed = FailedDeliveries.make(hub);

        HttpResponse<String> listed = operator("GET", "/actuator/deliveries?status=FAILED&limit=1000", null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode delivery = find(Plans.parse(listed.body()), failed.deliveryId());
        assertThat(delivery.get("kind").asText()).isEqualTo("ICB_PLAN");
        assertThat(delivery.get("reference").asText()).isEqualTo(failed.planId());
        assertThat(delivery.get("destination").asText()).isEqualTo("icb:" + RunningHub.ICB);
        assertThat(delivery.get("status").asText()).isEqualTo("FAILED");
        assertThat(delivery.get("lastError").asText()).contains("HTTP 422");
        assertThat(delivery.has("payload")).as("the payload is a plan, with personal data").isFalse();
        List<String> fields = new ArrayList<>();
        delivery.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "kind", "reference", "destination", "status", "attempts",
                "nextAttemptAt", "lastError", "resolvedBy", "resolutionNote", "createdAt", "updatedAt");
        assertThat(java.time.Instant.parse(delivery.get("createdAt").asText())).isBeforeOrEqualTo(
                java.time.Instant.now());

        OperatorCliRun.Result list = cli("deliveries", "list", "--failed", "--limit", "1000");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains(failed.deliveryId()).contains(failed.planId()).contains("HTTP 422");

        await().atMost(Duration.ofSeconds(30)).until(() -> failedGauge() >= 1);

        hub.icb().accept(failed.planId());
        OperatorCliRun.Result retry = cli("deliveries", "retry", failed.deliveryId());
        assertThat(retry.exitCode()).as(retry.toString()).isZero();
        assertThat(retry.out()).contains("resolvedBy:     " + ACTOR).contains("resolutionNote: retried");
        await().atMost(Duration.ofSeconds(60)).until(() -> FailedDeliveries.icbDelivery(hub, failed.planId()).status()
                == DeliveryStatus.DELIVERED);
        assertAudited(ACTOR, "delivery.retry", failed.deliveryId(), AuditEvent.Outcome.ACCEPTED);
    }

    @Test
    void aFailedDeliveryIsDiscardedWithTheOperatorsReasonAndTheDiscardIsAudited() {
        FailedDeliveries.Failed failed = FailedDeliveries.make(hub);

        HttpResponse<String> discarded = operator("POST", "/actuator/deliveries/" + failed.deliveryId() + "/discard",
                "{\"reason\": \"the ICB takes this plan by secure email\"}");

        assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(200);
        JsonNode delivery = Plans.parse(discarded.body());
        assertThat(delivery.get("status").asText()).isEqualTo("DISCARDED");
        assertThat(delivery.get("resolvedBy").asText()).isEqualTo(ACTOR);
        assertThat(delivery.get("resolutionNote").asText()).isEqualTo("the ICB takes this plan by secure email");
        HttpResponse<String> read = operator("GET", "/actuator/deliveries/" + failed.deliveryId(), null);
        assertThat(Plans.parse(read.body()).get("status").asText()).isEqualTo("DISCARDED");
        assertAudited(ACTOR, "delivery.discard", failed.deliveryId(), AuditEvent.Outcome.ACCEPTED);

        OperatorCliRun.Result listed = cli("deliveries", "list", "--status", "DISCARDED", "--limit", "1000");
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.out()).contains(failed.deliveryId());
    }

    @Test
    void withoutAKeyTheOperatorApiIsRefused401() {
        HttpResponse<String> response = send("GET", "/actuator/deliveries", null, null);

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Bearer"));
    }

    @Test
    void aKeyNoOperatorHasIsRefused401EvenACouncilsApiKey() {
        assertProblem(send("POST", "/actuator/deliveries/" + UUID.randomUUID() + "/retry", "{}",
                "made-up-" + UUID.randomUUID()), 401, "unauthenticated");
        assertProblem(send("GET", "/actuator/deliveries", null, hub.apiKey("919")), 401, "unauthenticated");
        assertAudited("anonymous", "GET /actuator/deliveries", null, AuditEvent.Outcome.REJECTED);
    }

    @Test
    void anUnknownDeliveryIsRefused404() {
        String unknown = UUID.randomUUID().toString();

        assertProblem(operator("GET", "/actuator/deliveries/" + unknown, null), 404, "not-found");
        assertProblem(operator("POST", "/actuator/deliveries/" + unknown + "/retry", "{}"), 404, "not-found");
    }

    @Test
    void aStatusOrLimitTheApiDoesNotKnowIsRefused400() {
        HttpResponse<String> status = operator("GET", "/actuator/deliveries?status=LOST", null);
        assertProblem(status, 400, "invalid-value");
        assertThat(Plans.parse(status.body()).get("errors").get(0).get("field").asText()).isEqualTo("status");

        HttpResponse<String> limit = operator("GET", "/actuator/deliveries?limit=5000", null);
        assertProblem(limit, 400, "invalid-value");
        assertThat(Plans.parse(limit.body()).get("errors").get(0).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void anActionThatIsNeitherRetryNorDiscardIsRefused404() {
        assertProblem(operator("POST", "/actuator/deliveries/" + UUID.randomUUID() + "/resend", "{}"), 404,
                "not-found");
    }

    @Test
    void retryingADeliveryThatHasNotFailedIsRefused409() {
        FailedDeliveries.Failed failed = FailedDeliveries.make(hub);
        assertThat(operator("POST", "/actuator/deliveries/" + failed.deliveryId() + "/discard",
                "{\"reason\": \"sent by hand\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> retried = operator("POST", "/actuator/deliveries/" + failed.deliveryId() + "/retry", "{}");

        assertProblem(retried, 409, "conflict");
        assertThat(Plans.parse(retried.body()).get("errors").get(0).get("rule").asText())
                .isEqualTo("only-failed-deliveries");
        assertAudited(ACTOR, "delivery.retry", failed.deliveryId(), AuditEvent.Outcome.REJECTED);
        OperatorCliRun.Result cli = cli("deliveries", "retry", failed.deliveryId());
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("only a FAILED delivery can be retried or discarded").contains("HTTP 409");
    }

    @Test
    void discardingWithoutAReasonIsRefused422() {
        FailedDeliveries.Failed failed = FailedDeliveries.make(hub);

        assertProblem(operator("POST", "/actuator/deliveries/" + failed.deliveryId() + "/discard", "{}"), 422,
                "validation-failed");
        OperatorCliRun.Result cli = cli("deliveries", "discard", failed.deliveryId());
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("say why the delivery is discarded").contains("HTTP 422");
        assertThat(FailedDeliveries.icbDelivery(hub, failed.planId()).status()).isEqualTo(DeliveryStatus.FAILED);
    }

    /** {@code ehc-hub ...}, in-process, against the running hub's management port. */
    private OperatorCliRun.Result cli(String... args) {
        return OperatorCliRun.against(hub, args);
    }

    private static JsonNode find(JsonNode deliveries, String deliveryId) {
        for (JsonNode delivery : deliveries) {
            if (delivery.get("id").asText().equals(deliveryId)) {
                return delivery;
            }
        }
        throw new AssertionError(deliveryId + " is not listed in " + deliveries);
    }

    private double failedGauge() {
        String metrics = send("GET", "/actuator/prometheus", null, null).body();
        Matcher gauge = FAILED_GAUGE.matcher(metrics);
        return gauge.find() ? Double.parseDouble(gauge.group(1)) : 0;
    }

    private void assertAudited(String actor, String action, String subjectId, AuditEvent.Outcome outcome) {
        assertThat(hub.bean(AuditTrail.class).recent(500)).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo(actor);
            assertThat(event.action()).isEqualTo(action);
            assertThat(event.outcome()).isEqualTo(outcome);
            if (subjectId != null) {
                assertThat(event.subjectId()).isEqualTo(subjectId);
            }
        });
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Observed.rest(response)).isEqualTo(status + " " + code);
    }

    private HttpResponse<String> operator(String method, String path, String json) {
        return send(method, path, json, hub.operatorKey());
    }

    private HttpResponse<String> send(String method, String path, String json, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.managementBase().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
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
