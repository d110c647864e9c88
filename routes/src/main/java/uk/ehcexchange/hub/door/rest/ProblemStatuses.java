package uk.ehcexchange.hub.door.rest;

import org.springframework.http.HttpStatus;
import uk.ehcexchange.hub.core.Rejection;

/**
 * The REST door's one table from the core's refusals to HTTP statuses; a problem document's {@code type} is
 * {@code urn:ehc-exchange:problem:<code>}. A new row of {@link Rejection} does not compile until it has a status here.
 */
public final class ProblemStatuses {

    private ProblemStatuses() {
    }

    public static HttpStatus of(Rejection rejection) {
        return switch (rejection) {
            case MALFORMED_JSON, UNKNOWN_PROPERTY, INVALID_VALUE, MISSING_HEADER, INVALID_IDEMPOTENCY_KEY,
                 REQUEST_REJECTED, MALFORMED_XML, DTD_NOT_ALLOWED, SCHEMA_VIOLATION -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case NOT_YOUR_AUTHORITY, NOT_PERMITTED_FOR_ROLE -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> HttpStatus.NOT_ACCEPTABLE;
            case CONFLICT, DISCLOSURE_BASIS_MISSING -> HttpStatus.CONFLICT;
            case CONTENT_PURGED -> HttpStatus.GONE;
            case QUOTA_EXCEEDED -> HttpStatus.TOO_MANY_REQUESTS;
            case PAYLOAD_TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case VALIDATION_FAILED, IDEMPOTENCY_KEY_REUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
            case DATABASE_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
