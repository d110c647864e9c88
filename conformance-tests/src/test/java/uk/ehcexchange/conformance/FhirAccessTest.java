package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ehcexchange.conformance.RunningHub.OTHER_TRUST;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * Trusts and ICBs authenticate as NHS England's APIs ask: a client assertion signed with their own key (never
 * shared with the hub) buys a short-lived access token. Every failure of that is refused and audited.
 */
class FhirAccessTest {

    private final RunningHub hub = RunningHub.get();
    private final TrustSystem trust = new TrustSystem(hub, TRUST);

    @Test
    void theCapabilityStatementIsPublicAndListsExactlyWhatIsServedInJsonAndXml() {
        HttpResponse<String> json = anonymous("/metadata", "application/fhir+json");
        HttpResponse<String> xml = anonymous("/metadata", "application/fhir+xml");

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).startsWith("<CapabilityStatement");
        CapabilityStatement statement = TrustSystem.FHIR.newJsonParser()
                .parseResource(CapabilityStatement.class, json.body());
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.getRestFirstRep();
        // OperationDefinition: HAPI serves the definition of $process-message it generates from the binding.
        assertThat(rest.getResource()).extracting(r -> r.getType())
                .containsExactlyInAnyOrder("Task", "Bundle", "OperationDefinition");
        CapabilityStatement.CapabilityStatementRestResourceComponent task = resource(rest, "Task");
        assertThat(task.getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactlyInAnyOrder("read", "search-type", "update", "patch");
        assertThat(task.getSearchParam()).extracting(p -> p.getName()).contains("owner", "status");
        assertThat(resource(rest, "Bundle").getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactly("create");
        assertThat(rest.getOperation()).extracting(o -> o.getName()).containsExactly("process-message");
        assertThat(statement.getFormat()).extracting(f -> f.getValue())
                .containsExactly("application/fhir+json", "application/fhir+xml");
        assertThat(rest.getSecurity().getServiceFirstRep().getCodingFirstRep().getCode()).isEqualTo("OAuth");
    }

    @Test
    void aSignedAssertionBuysAShortLivedTokenOnce() {
        String assertion = trust.credential().assertion(trust.audience());

        HttpResponse<String> first = trust.requestToken(TrustSystem.clientCredentials(assertion));
        HttpResponse<String> replayed = trust.requestToken(TrustSystem.clientCredentials(assertion));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode token = Plans.parse(first.body());
        assertThat(token.get("token_type").asText()).isEqualTo("bearer");
        assertThat(token.get("expires_in").asInt()).isEqualTo(600);
        assertOAuthError(replayed, 401, "invalid_client", "jti was already used");
    }

    @Test
    void assertionsThatProveNothingAreRefusedAndAudited() {
        FhirCredential credential = trust.credential();
        String url = trust.audience();
        Instant soon = Instant.now().plus(Duration.ofMinutes(2));

        assertOAuthError(tokenFor(credential.impostor().assertion(url)), 401, "invalid_client",
                "signature does not verify");
        assertOAuthError(tokenFor(credential.assertion("https://api.service.nhs.uk/oauth2/token")), 401,
                "invalid_client", "aud must be");
        assertOAuthError(tokenFor(credential.assertion(url, Instant.now().minus(Duration.ofMinutes(5)), jti())), 401,
                "invalid_client", "exp is missing or past");
        assertOAuthError(tokenFor(credential.assertion(url, Instant.now().plus(Duration.ofHours(1)), jti())), 401,
                "invalid_client", "minutes ahead");
        assertOAuthError(tokenFor(credential.sign(new JWSHeader(JWSAlgorithm.ES256), new JWTClaimsSet.Builder()
                .issuer(credential.clientId).subject(credential.clientId).audience(url).expirationTime(Date.from(soon))
                .build())), 401, "invalid_client", "needs a jti");
        assertOAuthError(tokenFor(credential.sign(new JWSHeader(JWSAlgorithm.ES256), new JWTClaimsSet.Builder()
                .issuer("someone-else").subject("someone-else").audience(url).expirationTime(Date.from(soon))
                .jwtID(jti()).build())), 401, "invalid_client", "unknown client");
        assertOAuthError(tokenFor("eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0."), 401, "invalid_client", "");
        assertOAuthError(trust.requestToken(Map.of("grant_type", "password")), 400, "unsupported_grant_type", "");
        assertOAuthError(trust.requestToken(Map.of("grant_type", "client_credentials")), 400, "invalid_request", "");

        assertThat(hub.bean(AuditTrail.class).recent(50)).anySatisfy(event -> {
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.REJECTED);
            assertThat(event.action()).isEqualTo("POST /oauth2/token");
            assertThat(event.reason()).startsWith("oauth2-invalid_client");
        });
    }

    @Test
    void fhirRefusesACallWithoutAValidTokenWithAnOperationOutcome() {
        HttpResponse<String> none = anonymous("/Task", "application/fhir+json");
        HttpResponse<String> forged = trust.send("GET", "/Task", null, null, "Authorization", "Bearer forged");

        FhirOutcomes.assertRefused(none, 401, "login", "Authorization");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer"));
        assertThat(forged.statusCode()).isEqualTo(401);
        IGenericClient withoutToken = TrustSystem.FHIR.newRestfulGenericClient(hub.base().resolve("/fhir").toString());
        assertThatThrownBy(() -> withoutToken.search().forResource("Task")
                .execute()).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void eachHealthBodyHasItsOwnCredentials() {
        TrustSystem other = new TrustSystem(hub, OTHER_TRUST);

        assertThat(other.accessToken()).isNotEqualTo(trust.accessToken());
        assertOAuthError(tokenFor(other.credential().sign(new JWSHeader(JWSAlgorithm.RS512), new JWTClaimsSet.Builder()
                .issuer(trust.credential().clientId).subject(trust.credential().clientId).audience(trust.audience())
                .expirationTime(Date.from(Instant.now().plusSeconds(60))).jwtID(jti()).build())), 401,
                "invalid_client", "signature does not verify");
    }

    private HttpResponse<String> tokenFor(String assertion) {
        return trust.requestToken(TrustSystem.clientCredentials(assertion));
    }

    private HttpResponse<String> anonymous(String path, String accept) {
        return hub.anonymous().get("/fhir" + path, accept);
    }

    private static CapabilityStatement.CapabilityStatementRestResourceComponent resource(
            CapabilityStatement.CapabilityStatementRestComponent rest, String type) {
        return rest.getResource().stream().filter(r -> r.getType().equals(type)).findFirst().orElseThrow();
    }

    private static void assertOAuthError(HttpResponse<String> response, int status, String error, String description) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = Plans.parse(response.body());
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).contains(description);
        assertThat(body.has("access_token")).isFalse();
    }

    private static String jti() {
        return UUID.randomUUID().toString();
    }
}
