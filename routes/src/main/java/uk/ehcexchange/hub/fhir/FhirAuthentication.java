package uk.ehcexchange.hub.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.auth.ClientIdentity;
import uk.ehcexchange.hub.fhir.auth.AccessTokens;

/**
 * Every /fhir interaction but the CapabilityStatement needs a bearer access token from {@code /oauth2/token}. The
 * token names the trust or ICB the caller acts for; providers read it with {@link #caller(RequestDetails)}.
 */
@FhirEnabled
@Component
@Interceptor
public class FhirAuthentication {

    private static final String BEARER = "Bearer ";

    private final AccessTokens tokens;

    public FhirAuthentication(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Hook(value = Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED, order = 0)
    public void authenticate(RequestDetails details, HttpServletRequest request) {
        if (details.getRestOperationType() == RestOperationTypeEnum.METADATA) {
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).trim() : null;
        ClientIdentity caller = tokens.authenticate(token).orElseThrow(() -> FhirRejection.of(401, "unauthenticated",
                IssueType.LOGIN, HttpHeaders.AUTHORIZATION,
                "present a valid access token from /oauth2/token as 'Authorization: Bearer <token>'"));
        request.setAttribute(ClientIdentity.REQUEST_ATTRIBUTE, caller);
        details.getUserData().put(ClientIdentity.REQUEST_ATTRIBUTE, caller);
    }

    /** The authenticated trust or ICB; providers are only reached after {@link #authenticate}. */
    static ClientIdentity caller(RequestDetails details) {
        Object caller = details.getUserData().get(ClientIdentity.REQUEST_ATTRIBUTE);
        if (!(caller instanceof ClientIdentity identity)) {
            throw new IllegalStateException("no authenticated client on a /fhir request");
        }
        return identity;
    }
}
