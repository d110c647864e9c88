package uk.ehcexchange.hub.door.token;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.auth.ApiKeys;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirProperties;

/**
 * Short-lived bearer tokens for /fhir. Opaque random values; the database holds only their SHA-256, so a copy of
 * it lets nobody in, and every hub instance sharing the database honours them.
 */
@FhirEnabled
@Component
public class AccessTokens {

    /** What the token endpoint answers. */
    public record Issued(String token, Duration lifetime) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    public AccessTokens(JdbcClient jdbc, Clock clock, FhirProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = properties.accessTokenLifetime();
    }

    Issued issue(FhirClientRegistry.FhirClient client) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM fhir_access_token WHERE expires_at < ?").param(Timestamp.from(now)).update();
        String token = ApiKeys.generate();
        jdbc.sql("INSERT INTO fhir_access_token (token_sha256, client_id, authority, expires_at) VALUES (?, ?, ?, ?)")
                .params(ApiKeys.sha256Hex(token), client.id(), client.authority(), Timestamp.from(now.plus(lifetime)))
                .update();
        return new Issued(token, lifetime);
    }

    /** The client a presented token stands for, while the token is unexpired. */
    public Optional<ClientIdentity> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT client_id, authority FROM fhir_access_token WHERE token_sha256 = ? AND expires_at > ?")
                .params(ApiKeys.sha256Hex(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new ClientIdentity(rs.getString(1), rs.getString(2)))
                .optional();
    }
}
