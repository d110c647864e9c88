package uk.ehcexchange.hub.door.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirProperties;

/**
 * Checks a {@code private_key_jwt} client assertion (RFC 7523) the way NHS England's APIs do: signed with RS512,
 * ES256 or ES384 by a key configured for the client, {@code iss} = {@code sub} = the client id, {@code aud} = the
 * token endpoint, an {@code exp} at most a few minutes ahead, and a {@code jti} never seen before.
 */
@FhirEnabled
@Component
class ClientAssertionVerifier {

    static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final int MAX_JTI_LENGTH = 256;

    private final FhirClientRegistry clients;
    private final AssertionReplayGuard replays;
    private final Clock clock;
    private final Duration maxLifetime;

    ClientAssertionVerifier(FhirClientRegistry clients, AssertionReplayGuard replays, Clock clock,
                            FhirProperties properties) {
        this.clients = clients;
        this.replays = replays;
        this.clock = clock;
        this.maxLifetime = properties.maxAssertionLifetime();
    }

    /** The client the assertion proves the caller to be, or an {@code invalid_client} naming the broken rule. */
    FhirClientRegistry.FhirClient verify(String assertion, String audience) throws OAuthError {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw OAuthError.invalidClient("client_assertion is not a signed JWT");
        }
        if (!ALLOWED.contains(jwt.getHeader().getAlgorithm())) {
            throw OAuthError.invalidClient("client_assertion alg must be RS512, ES256 or ES384");
        }
        String clientId = claims.getIssuer();
        if (clientId == null || !clientId.equals(claims.getSubject())) {
            throw OAuthError.invalidClient("client_assertion iss and sub must both be the client id");
        }
        FhirClientRegistry.FhirClient client = clients.find(clientId)
                .orElseThrow(() -> OAuthError.invalidClient("unknown client " + printable(clientId)));
        if (!signedByOneOf(jwt, client)) {
            throw OAuthError.invalidClient("client_assertion signature does not verify with a key of " + clientId);
        }
        if (claims.getAudience().size() != 1 || !claims.getAudience().get(0).equals(audience)) {
            throw OAuthError.invalidClient("client_assertion aud must be " + audience);
        }
        Instant now = clock.instant();
        Instant expiry = instant(claims.getExpirationTime());
        if (expiry == null || !expiry.isAfter(now.minus(CLOCK_SKEW))) {
            throw OAuthError.invalidClient("client_assertion exp is missing or past");
        }
        if (expiry.isAfter(now.plus(maxLifetime).plus(CLOCK_SKEW))) {
            throw OAuthError.invalidClient("client_assertion exp is more than " + maxLifetime.toMinutes()
                    + " minutes ahead");
        }
        Instant notBefore = instant(claims.getNotBeforeTime());
        if (notBefore != null && notBefore.isAfter(now.plus(CLOCK_SKEW))) {
            throw OAuthError.invalidClient("client_assertion nbf is in the future");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank() || jti.length() > MAX_JTI_LENGTH) {
            throw OAuthError.invalidClient("client_assertion needs a jti of 1-" + MAX_JTI_LENGTH + " characters");
        }
        if (!replays.firstUse(clientId, jti, expiry.plus(CLOCK_SKEW))) {
            throw OAuthError.invalidClient("client_assertion jti was already used");
        }
        return client;
    }

    private static boolean signedByOneOf(SignedJWT jwt, FhirClientRegistry.FhirClient client) {
        for (PublicKey key : client.keys()) {
            try {
                JWSVerifier verifier = verifierFor(key, jwt.getHeader().getAlgorithm());
                if (verifier != null && jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException wrongKeyForAlgorithm) {
                // e.g. a P-384 key asked to check ES256: try the client's next key
            }
        }
        return false;
    }

    private static JWSVerifier verifierFor(PublicKey key, JWSAlgorithm algorithm) throws JOSEException {
        if (key instanceof RSAPublicKey rsa && JWSAlgorithm.Family.RSA.contains(algorithm)) {
            return new RSASSAVerifier(rsa);
        }
        if (key instanceof ECPublicKey ec && JWSAlgorithm.Family.EC.contains(algorithm)) {
            return new ECDSAVerifier(ec);
        }
        return null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** Client ids end up in logs and answers; keep a hostile one short and printable. */
    private static String printable(String value) {
        String safe = value.replaceAll("[^A-Za-z0-9._:-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) + "…" : safe;
    }
}
