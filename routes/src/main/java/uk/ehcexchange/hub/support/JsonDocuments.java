package uk.ehcexchange.hub.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON the hub wrote itself: the canonical model always serialises, and what the hub stored always reads back, so
 * a failure here is a defect of the hub and not of anyone's input.
 */
public final class JsonDocuments {

    private JsonDocuments() {
    }

    public static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the canonical model always serialises", e);
        }
    }

    public static <T> T read(ObjectMapper json, String document, Class<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document the hub stored no longer reads", e);
        }
    }
}
