package uk.ehcexchange.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** An answer in the authorisation matrix's words: the status, and for a refusal the code it gives. */
final class Observed {

    private static final String PROBLEM_TYPE = "urn:ehc-exchange:problem:";

    private Observed() {
    }

    /** {@code 200}, or for a problem document {@code 404 not-found}; {@code 403 ?} for a refusal without one. */
    static String rest(HttpResponse<?> response) {
        int status = response.statusCode();
        if (status < 400) {
            return String.valueOf(status);
        }
        JsonNode problem = json(response, "application/problem+json");
        String type = problem == null || !problem.hasNonNull("type") ? "" : problem.get("type").asText();
        return status + " " + (type.startsWith(PROBLEM_TYPE) ? type.substring(PROBLEM_TYPE.length())
                : "(no problem document)");
    }

    /** {@code 200}, or an OAuth 2.0 error: {@code 401 invalid_client}. */
    static String oauth(HttpResponse<?> response) {
        int status = response.statusCode();
        JsonNode error = status < 400 ? null : json(response, "application/json");
        return error == null || !error.hasNonNull("error") ? String.valueOf(status)
                : status + " " + error.get("error").asText();
    }

    static String status(HttpResponse<?> response) {
        return String.valueOf(response.statusCode());
    }

    private static JsonNode json(HttpResponse<?> response, String mediaType) {
        boolean typed = response.headers().firstValue("Content-Type").map(t -> t.startsWith(mediaType)).orElse(false);
        if (!typed || !(response.body() instanceof String body)) {
            return null;
        }
        try {
            return Plans.JSON.readTree(body);
        } catch (Exception notJson) {
            return null;
        }
    }
}
