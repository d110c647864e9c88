package uk.ehcexchange.hub.door;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads the secret a request presents in its headers: {@code Authorization: Bearer <secret>}, and for the API also
 * {@code X-API-Key: <secret>}. No header gives null, so the request goes on as anonymous and is refused by the
 * door's rules unless the call is public.
 */
public final class BearerCredentials implements AuthenticationConverter {

    public static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    private final PresentedCredential.Kind kind;
    private final boolean apiKeyHeader;

    private BearerCredentials(PresentedCredential.Kind kind, boolean apiKeyHeader) {
        this.kind = kind;
        this.apiKeyHeader = apiKeyHeader;
    }

    /** The REST API: a bearer API key or the X-API-Key header. */
    public static BearerCredentials apiKeys() {
        return new BearerCredentials(PresentedCredential.Kind.API_KEY, true);
    }

    /** /fhir: a bearer access token from /oauth2/token. */
    public static BearerCredentials accessTokens() {
        return new BearerCredentials(PresentedCredential.Kind.ACCESS_TOKEN, false);
    }

    /** The operator API on the management port: a bearer operator key, and nothing else. */
    public static BearerCredentials operatorKeys() {
        return new BearerCredentials(PresentedCredential.Kind.OPERATOR_KEY, false);
    }

    @Override
    public PresentedCredential convert(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String secret = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).trim()
                : apiKeyHeader ? request.getHeader(API_KEY_HEADER) : null;
        if (secret == null && authorization != null) {
            secret = ""; // another scheme (Basic, …): a credential this door cannot accept, so refused, not anonymous
        }
        return secret == null ? null : new PresentedCredential(kind, secret, null);
    }
}
