package uk.ehcexchange.hub.idempotency;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answer given to a request, kept so that a resend gets the very same answer. */
public record StoredResponse(int status, String body) {

    public ResponseEntity<String> asResponse() {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
