package uk.ehcexchange.hub.core;

/**
 * Every way the hub refuses a request, in the words of its core: a stable code and a title, nothing of HTTP, SOAP
 * or FHIR. Services throw {@link RejectedException} with a row of this table; each front door maps the row once, in
 * one table of its own — the REST API to an HTTP status and problem type ({@code ProblemStatuses}), the SOAP service
 * to a fault code ({@code SoapFaultCode}), /fhir to a status and issue type ({@code FhirExceptionTranslator}).
 * docs/errors.md shows the tables to integrators.
 */
public enum Rejection {
    MALFORMED_JSON("malformed-json", "The body is not well-formed JSON"),
    UNKNOWN_PROPERTY("unknown-property", "The body has a field the schema does not define"),
    INVALID_VALUE("invalid-value", "A field has a value of the wrong type or format"),
    MISSING_HEADER("required-header", "A required header is missing"),
    INVALID_IDEMPOTENCY_KEY("idempotency-key-format", "The Idempotency-Key header is malformed"),
    REQUEST_REJECTED("path-not-normalised",
            "The request's path is not in the one plain spelling the hub accepts"),
    UNAUTHENTICATED("unauthenticated", "No valid API key was presented"),
    NOT_YOUR_AUTHORITY("not-your-authority", "The client may not act for that authority"),
    NOT_PERMITTED_FOR_ROLE("not-permitted-for-role", "The client's role does not allow this call"),
    NOT_FOUND("not-found", "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", "The resource does not support that method"),
    NOT_ACCEPTABLE("not-acceptable", "The hub cannot answer in the requested media type"),
    CONFLICT("conflict", "The request conflicts with the current state"),
    /** SEND Regulations 2014 reg 17: the plan may not leave the hub without a recorded basis (docs/disclosure.md). */
    DISCLOSURE_BASIS_MISSING("disclosure-basis-missing",
            "No recorded consent or reg 17 purpose allows this disclosure of the child's plan; nothing was sent"),
    CONTENT_PURGED("content-purged",
            "The content was deleted after the retention period of delivered content; the record remains"),
    PAYLOAD_TOO_LARGE("payload-too-large", "The body is larger than the hub accepts"),
    QUOTA_EXCEEDED("quota-exceeded", "The client has used up its quota for now"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The body must be application/json"),
    VALIDATION_FAILED("validation-failed", "The document breaks one or more rules"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused",
            "The Idempotency-Key was already used for a different request"),
    MALFORMED_XML("malformed-xml", "The body is not well-formed XML"),
    DTD_NOT_ALLOWED("dtd-not-allowed", "XML with a DOCTYPE is refused"),
    SCHEMA_VIOLATION("schema-violation", "The XML breaks its published schema"),
    INTERNAL_ERROR("internal-error", "The hub failed; nothing was stored"),
    DATABASE_UNAVAILABLE("database-unavailable",
            "The hub cannot reach its database just now; nothing was stored: send the request again later");

    private final String code;
    private final String title;

    Rejection(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
