package uk.ehcexchange.hub.door.token;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.door.RequestAudit;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirProperties;

/**
 * {@code POST /oauth2/token}: OAuth2 client credentials with a signed client assertion (RFC 7523,
 * {@code private_key_jwt}), as NHS England's APIs use for application-restricted access. Answers an access token
 * for /fhir, or an RFC 6749 error; every refusal is audited.
 *
 * <p>Why not Spring Authorization Server: it would take a registered-client repository, an authorization store with
 * its own schema and a JWK source, and still not do two things NHS England's scheme needs — keys configured as PEM
 * files (its {@code private_key_jwt} support resolves keys from a client's JWKS URL only) and refusing a replayed
 * {@code jti} across nodes (it does not track them). This endpoint is one small class over Nimbus JOSE (the library
 * Spring Authorization Server itself uses), with the replay guard and tokens in the hub's database.
 */
@FhirEnabled
@RestController
public class TokenEndpoint {

    /** Where trusts and ICBs exchange a signed client assertion for an access token to /fhir. */
    public static final String PATH = "/oauth2/token";

    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final ClientAssertionVerifier verifier;
    private final AccessTokens tokens;
    private final AuditRecorder audit;
    private final String configuredAudience;

    TokenEndpoint(ClientAssertionVerifier verifier, AccessTokens tokens, AuditRecorder audit, FhirProperties properties,
                  FhirClientRegistry clients) {
        this.verifier = verifier;
        this.tokens = tokens;
        this.audit = audit;
        // The audience is configuration, never the Host header: a caller chooses its Host header, so an audience
        // taken from it would accept assertions signed for any other service that trusts the same client key.
        if (properties.tokenAudience() == null && !clients.isEmpty()) {
            throw new IllegalStateException("ehc.fhir.token-audience is not set, but FHIR clients are configured: set "
                    + "it to the public URL of /oauth2/token (e.g. https://ehc-hub.example.gov.uk/oauth2/token)");
        }
        this.configuredAudience = properties.tokenAudience() == null ? null : properties.tokenAudience().toString();
    }

    @PostMapping(path = TokenEndpoint.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestParam Map<String, String> form, HttpServletRequest request) {
        try {
            if (!MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request))) {
                throw OAuthError.invalidRequest("send the request as application/x-www-form-urlencoded");
            }
            if (!"client_credentials".equals(form.get("grant_type"))) {
                throw OAuthError.unsupportedGrantType("grant_type must be client_credentials");
            }
            if (!JWT_BEARER.equals(form.get("client_assertion_type"))) {
                throw OAuthError.invalidRequest("client_assertion_type must be " + JWT_BEARER);
            }
            String assertion = form.get("client_assertion");
            if (assertion == null || assertion.isBlank()) {
                throw OAuthError.invalidRequest("client_assertion is required");
            }
            FhirClientRegistry.FhirClient client = verifier.verify(assertion, configuredAudience);
            AccessTokens.Issued issued = tokens.issue(client);
            audit.accepted(client.authority(), "oauth2.token", client.id());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", issued.token());
            body.put("token_type", "bearer");
            body.put("expires_in", issued.lifetime().toSeconds());
            return noStore(ResponseEntity.ok()).body(body);
        } catch (OAuthError e) {
            RequestAudit.rejected(audit, request, null, "oauth2-" + e.error() + " " + e.getMessage());
            return noStore(ResponseEntity.status(e.status()))
                    .body(Map.of("error", e.error(), "error_description", e.getMessage()));
        }
    }


    private static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? MediaType.ALL
                    : MediaType.parseMediaType(request.getContentType());
        } catch (IllegalArgumentException e) {
            return MediaType.ALL;
        }
    }

    private static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder builder) {
        return builder.cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache");
    }
}
