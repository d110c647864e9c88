package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem document naming the field and the rule, and leaves no record. */
class BadRequestTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void anInvalidNhsNumberIsRefusedByItsCheckDigit() {
        String planId = Plans.freshId();
        ObjectNode plan = Plans.golden(planId);
        ((ObjectNode) plan.get("child")).put("nhsNumber", "1234567890");

        assertRefused(submit(planId, plan.toString()), 422, "child.nhsNumber", "nhs-number-modulus-11");
        assertNoPlan(planId);
    }

    @Test
    void anUnknownLaCodeIsRefused() {
        String planId = Plans.freshId();
        ObjectNode plan = Plans.golden(planId);
        plan.put("owningCouncil", "999");

        assertRefused(submit(planId, plan.toString()), 422, "owningCouncil", "known-la-code");
        assertNoPlan(planId);
    }

    @Test
    void aPlanWithoutSectionGIsRefused() {
        String planId = Plans.freshId();
        ObjectNode plan = Plans.golden(planId);
        ((ObjectNode) plan.get("sections")).remove("G");

        assertRefused(submit(planId, plan.toString()), 422, "sections.G", "required");
        assertNoPlan(planId);
    }

    @Test
    void malformedJsonIsRefused() {
        String planId = Plans.freshId();
        String truncated = Plans.golden(planId).toString().substring(0, 500);

        assertRefused(submit(planId, truncated), 400, "body", "well-formed-json");
        assertNoPlan(planId);
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanDropped() {
        String planId = Plans.freshId();
        ObjectNode plan = Plans.golden(planId);
        plan.put("favouriteColour", "blue");

        assertRefused(submit(planId, plan.toString()), 400, "favouriteColour", "unknown-property");
        assertNoPlan(planId);
    }

    @Test
    void aFiveMegabyteJunkBodyIsRefusedWithoutBeingRead() {
        byte[] junk = new byte[5 * 1024 * 1024];
        Arrays.fill(junk, (byte) 'x');

        HttpResponse<String> response = hub.as("919").postBytes("/api/v1/transfers", junk, "junk-" + Plans.freshId());

        assertRefused(response, 413, "body", "max-size");
    }

    @Test
    void aWriteWithoutAnIdempotencyKeyIsRefused() {
        String planId = Plans.freshId();
        HttpResponse<String> response = hub.as("919").put("/api/v1/plans/" + planId,
                Plans.golden(planId).toString(), null);

        assertRefused(response, 400, "Idempotency-Key", "required");
        assertNoPlan(planId);
    }

    @Test
    void aCallWithoutAnApiKeyIsRefused() {
        HttpResponse<String> response = hub.anonymous().get("/api/v1/councils/919/inbox");

        assertRefused(response, 401, "Authorization", "valid-api-key");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void aTransferToAnUnknownCouncilIsRefused() {
        HttpResponse<String> response = hub.as("919").post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "999", "moveDate": "2026-01-05",
                 "awareOn": "2026-01-05"}""".formatted(Plans.freshId()), "bad-transfer-" + Plans.freshId());

        assertRefused(response, 422, "toCouncil", "known-la-code");
    }

    private HttpResponse<String> submit(String planId, String body) {
        return hub.as("919").put("/api/v1/plans/" + planId, body, "submit-" + planId);
    }

    private void assertNoPlan(String planId) {
        assertThat(hub.as("919").get("/api/v1/plans/" + planId).statusCode()).isEqualTo(404);
    }

    static void assertRefused(HttpResponse<String> response, int status, String field, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Plans.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("urn:ehc-exchange:problem:");
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("rule").asText()).isEqualTo(rule);
        });
    }
}
