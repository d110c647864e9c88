package uk.ehcexchange.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of the canonical model, shared by the hub, the adapters and the benchmarks so that
 * every side reads and writes documents the same way.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private CanonicalJson() {
    }

    /** A shared, thread-safe mapper. Do not reconfigure it; call {@link #configure} on a builder of your own. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Strict reading: an unknown or misspelt field is an error rather than silently dropped data, numbers keep
     * their exact decimal form (budget amounts), and dates are ISO-8601 strings. "Exact" holds through a JSON tree
     * too: without the node feature below, reading into a tree turns 1850.00 into 1.85E+3, and binding that tree
     * then writes the amount in exponent form.
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
