package uk.ehcexchange.hub.door.rest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.ehcexchange.hub.idempotency.StoredResponse;

/** A service's (stored, idempotent) answer as the REST door sends it. */
final class StoredResponses {

    private StoredResponses() {
    }

    static ResponseEntity<String> of(StoredResponse stored) {
        return ResponseEntity.status(stored.status()).contentType(MediaType.APPLICATION_JSON).body(stored.body());
    }
}
