package uk.ehcexchange.conformance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What each {@link Caller} presents at each front door. API keys are the ones RunningHub configured; FHIR access
 * tokens are bought at /oauth2/token with each system's own signed assertion, and bought again before they expire.
 */
final class MatrixCredentials {

    /** A UsernameToken for SOAP (null: no Security header at all). */
    record UsernameToken(String clientId, String password) {
    }

    private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);

    private final RunningHub hub;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Instant> boughtAt = new HashMap<>();

    MatrixCredentials(RunningHub hub) {
        this.hub = hub;
    }

    /**
     * The bearer a caller presents on the REST API (and on any door that is not FHIR's): an API key, or for a
     * trust its FHIR access token; null for none.
     *
     * @param rightClient the API client entitled to the operation (RunningHub's name for it), null for anyone
     */
    String restBearer(Caller caller, String rightClient) {
        return switch (caller) {
            case NO_CREDENTIAL -> null;
            case MALFORMED -> "ehc-made-up-" + UUID.randomUUID();
            case OTHER_COUNCIL -> hub.apiKey(MatrixFixtures.OTHER_COUNCIL);
            case TRUST -> fhirToken(RunningHub.TRUST);
            case ICB -> hub.apiKey(icbClient());
            case SOCIAL_CARE -> hub.apiKey(RunningHub.SOCIAL_CARE_919);
            case EDUCATIONAL_PSYCHOLOGY -> hub.apiKey(RunningHub.EPS_919);
            case SCHOOL -> hub.apiKey(RunningHub.SCHOOL_919);
            case RIGHT -> rightClient == null ? null : hub.apiKey(rightClient);
        };
    }

    /** The WS-Security UsernameToken a caller puts in a SOAP envelope; null for none. */
    UsernameToken soapToken(Caller caller, String rightClient) {
        return switch (caller) {
            case NO_CREDENTIAL -> null;
            case MALFORMED -> new UsernameToken(hub.clientId(rightClient), "not-the-key-" + UUID.randomUUID());
            case OTHER_COUNCIL -> apiClient(MatrixFixtures.OTHER_COUNCIL);
            case TRUST -> new UsernameToken(hub.fhirCredential(RunningHub.TRUST).clientId,
                    fhirToken(RunningHub.TRUST));
            case ICB -> apiClient(icbClient());
            case SOCIAL_CARE -> apiClient(RunningHub.SOCIAL_CARE_919);
            case EDUCATIONAL_PSYCHOLOGY -> apiClient(RunningHub.EPS_919);
            case SCHOOL -> apiClient(RunningHub.SCHOOL_919);
            case RIGHT -> apiClient(rightClient);
        };
    }

    /**
     * The bearer a caller presents on /fhir. A trust here is one that does not own the Task (RWH); a council, its
     * teams and its school have no FHIR credential, so they present their API keys.
     */
    String fhirBearer(Caller caller) {
        return switch (caller) {
            case NO_CREDENTIAL -> null;
            case MALFORMED -> "forged-" + UUID.randomUUID();
            case OTHER_COUNCIL -> hub.apiKey(MatrixFixtures.OTHER_COUNCIL);
            case TRUST -> fhirToken(RunningHub.OTHER_TRUST);
            case ICB -> fhirToken(RunningHub.ICB);
            case SOCIAL_CARE -> hub.apiKey(RunningHub.SOCIAL_CARE_919);
            case EDUCATIONAL_PSYCHOLOGY -> hub.apiKey(RunningHub.EPS_919);
            case SCHOOL -> hub.apiKey(RunningHub.SCHOOL_919);
            case RIGHT -> fhirToken(RunningHub.TRUST);
        };
    }

    static String icbClient() {
        return "icb-" + RunningHub.ICB;
    }

    private UsernameToken apiClient(String client) {
        return new UsernameToken(hub.clientId(client), hub.apiKey(client));
    }

    synchronized String fhirToken(String authority) {
        Instant bought = boughtAt.get(authority);
        if (bought == null || bought.plus(TOKEN_REUSE).isBefore(Instant.now())) {
            tokens.put(authority, new TrustSystem(hub, authority).accessToken());
            boughtAt.put(authority, Instant.now());
        }
        return tokens.get(authority);
    }
}
