package uk.ehcexchange.hub.door.soap;

import uk.ehcexchange.hub.core.Rejection;

/**
 * The one table from every way the SOAP service refuses a message to its fault code (hub:HubFault/Code) and SOAP
 * 1.1 faultcode. It mirrors the REST API's {@link Rejection} table row for row, with the same codes, so an
 * integrator switching front doors switches on the same strings; the rows after them exist only for XML.
 * docs/errors.md shows the same table.
 */
public enum SoapFaultCode {
    // ---- the REST table (uk.ehcexchange.hub.core.Rejection), same names and codes
    MALFORMED_JSON("malformed-json", Side.CLIENT),
    UNKNOWN_PROPERTY("unknown-property", Side.CLIENT),
    INVALID_VALUE("invalid-value", Side.CLIENT),
    MISSING_HEADER("required-header", Side.CLIENT),
    INVALID_IDEMPOTENCY_KEY("idempotency-key-format", Side.CLIENT),
    REQUEST_REJECTED("path-not-normalised", Side.CLIENT),
    UNAUTHENTICATED("unauthenticated", Side.CLIENT),
    NOT_YOUR_AUTHORITY("not-your-authority", Side.CLIENT),
    NOT_PERMITTED_FOR_ROLE("not-permitted-for-role", Side.CLIENT),
    NOT_FOUND("not-found", Side.CLIENT),
    CONTENT_PURGED("content-purged", Side.CLIENT),
    METHOD_NOT_ALLOWED("method-not-allowed", Side.CLIENT),
    NOT_ACCEPTABLE("not-acceptable", Side.CLIENT),
    CONFLICT("conflict", Side.CLIENT),
    /** no recorded consent or reg 17 purpose allows the disclosure the message would cause; nothing was sent */
    DISCLOSURE_BASIS_MISSING("disclosure-basis-missing", Side.CLIENT),
    PAYLOAD_TOO_LARGE("payload-too-large", Side.CLIENT),
    /** the client's requests per minute or bytes per day (ehc.quotas.*) are used up; the detail says for how long */
    QUOTA_EXCEEDED("quota-exceeded", Side.CLIENT),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", Side.CLIENT),
    VALIDATION_FAILED("validation-failed", Side.CLIENT),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", Side.CLIENT),
    /** not well-formed XML, or not a SOAP 1.1 envelope */
    MALFORMED_XML("malformed-xml", Side.CLIENT),
    /** a DOCTYPE: external entities (XXE) and entity expansion (billion laughs) are refused before any parsing */
    DTD_NOT_ALLOWED("dtd-not-allowed", Side.CLIENT),
    /** the message breaks ehc-hub-service-v1.xsd / council-xml-v1.xsd */
    SCHEMA_VIOLATION("schema-violation", Side.CLIENT),
    INTERNAL_ERROR("internal-error", Side.SERVER),
    DATABASE_UNAVAILABLE("database-unavailable", Side.SERVER),
    // ---- SOAP only
    /** a body element that is no operation of the service */
    UNKNOWN_OPERATION("unknown-operation", Side.CLIENT);

    /** Who is at fault, as SOAP 1.1 says it: {@code soap:Client} (do not resend unchanged) or {@code soap:Server}. */
    public enum Side { CLIENT, SERVER }

    private final String code;
    private final Side side;

    SoapFaultCode(String code, Side side) {
        this.code = code;
        this.side = side;
    }

    public String code() {
        return code;
    }

    public Side side() {
        return side;
    }

    /** The row for a refusal from the service layer: the same row of the REST table. */
    public static SoapFaultCode of(Rejection rejection) {
        return valueOf(rejection.name());
    }

    public static SoapFaultCode byCode(String code) {
        for (SoapFaultCode row : values()) {
            if (row.code.equals(code)) {
                return row;
            }
        }
        return INTERNAL_ERROR;
    }
}
