package uk.ehcexchange.hub.door.rest;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Renders Jackson's path to a bad value the way validation violations name fields: {@code sections.E.outcomes[0].id}.
 */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
