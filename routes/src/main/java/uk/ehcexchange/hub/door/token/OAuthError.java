package uk.ehcexchange.hub.door.token;

/**
 * A refused token request, answered as RFC 6749 section 5.2 says: {@code {"error": ..., "error_description": ...}}.
 *
 * @param error       {@code invalid_request}, {@code invalid_client} or {@code unsupported_grant_type}
 * @param description which rule the request broke; never the assertion itself
 */
public class OAuthError extends Exception {

    private final int status;
    private final String error;

    private OAuthError(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    static OAuthError unsupportedGrantType(String description) {
        return new OAuthError(400, "unsupported_grant_type", description);
    }

    /** The client could not be authenticated: 401, as RFC 6749 asks when the client used an authentication scheme. */
    static OAuthError invalidClient(String description) {
        return new OAuthError(401, "invalid_client", description);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
