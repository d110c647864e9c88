package uk.ehcexchange.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
