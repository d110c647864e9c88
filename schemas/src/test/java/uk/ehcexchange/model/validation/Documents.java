package uk.ehcexchange.model.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;
import uk.ehcexchange.model.CanonicalJson;

/** Loads the sample documents from the classpath and derives variants of them for tests. */
final class Documents {

    static final String GOLDEN_PLAN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";
    static final String GOLDEN_HEALTH_ADVICE = "/golden/health-advice-919.json";
    static final String GOLDEN_SOCIAL_CARE_ASSESSMENT = "/golden/social-care-assessment-919.json";
    static final String GOLDEN_ADVICE_DOCUMENT = "/golden/educational-advice-919.json";

    /** A fixed "today" after every date in the samples, so date rules do not drift with the calendar. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));

    static final ObjectMapper MAPPER = CanonicalJson.mapper();

    private Documents() {
    }

    static String text(String resource) {
        try (InputStream in = Documents.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String resource) {
        try {
            return MAPPER.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a resource as JSON, applies {@code change} to a copy of the tree, and binds the result. */
    static <T> T variant(String resource, Class<T> type, Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) tree(resource).deepCopy();
        change.accept(root);
        try {
            return MAPPER.treeToValue(root, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String resource, Class<T> type) {
        try {
            return MAPPER.readValue(text(resource), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }
}
