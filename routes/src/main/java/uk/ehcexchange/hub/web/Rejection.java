package uk.ehcexchange.hub.web;

import org.springframework.http.HttpStatus;

/**
 * The table from every way the API refuses a request to its HTTP status and problem type. docs/errors.md shows
 * the same table to integrators; a problem document's {@code type} is {@code urn:ehc-exchange:problem:<code>}.
 */
public enum Rejection {
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "malformed-json", "The body is not well-formed JSON"),
    UNKNOWN_PROPERTY(HttpStatus.BAD_REQUEST, "unknown-property", "The body has a field the schema does not define"),
    INVALID_VALUE(HttpStatus.BAD_REQUEST, "invalid-value", "A field has a value of the wrong type or format"),
    MISSING_HEADER(HttpStatus.BAD_REQUEST, "required-header", "A required header is missing"),
    INVALID_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST, "idempotency-key-format", "The Idempotency-Key header is malformed"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "No valid API key was presented"),
    NOT_YOUR_AUTHORITY(HttpStatus.FORBIDDEN, "not-your-authority", "The client may not act for that authority"),
    NOT_PERMITTED_FOR_ROLE(HttpStatus.FORBIDDEN, "not-permitted-for-role", "The client's role does not allow this call"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "No such resource"),
    CONTENT_PURGED(HttpStatus.GONE, "content-purged",
            "The content was deleted after its retention period; the record remains"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "The resource does not support that method"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "The hub cannot answer in the requested media type"),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "The request conflicts with the current state"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "The body is larger than the hub accepts"),
    QUOTA_EXCEEDED(HttpStatus.TOO_MANY_REQUESTS, "quota-exceeded", "The client has used up its quota for now"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "The body must be application/json"),
    VALIDATION_FAILED(HttpStatus.UNPROCESSABLE_ENTITY, "validation-failed", "The document breaks one or more rules"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
            "The Idempotency-Key was already used for a different request"),
    MALFORMED_XML(HttpStatus.BAD_REQUEST, "malformed-xml", "The body is not well-formed XML"),
    DTD_NOT_ALLOWED(HttpStatus.BAD_REQUEST, "dtd-not-allowed", "XML with a DOCTYPE is refused"),
    SCHEMA_VIOLATION(HttpStatus.BAD_REQUEST, "schema-violation", "The XML breaks its published schema"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The hub failed; nothing was stored");

    private final HttpStatus status;
    private final String code;
    private final String title;

    Rejection(HttpStatus status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
