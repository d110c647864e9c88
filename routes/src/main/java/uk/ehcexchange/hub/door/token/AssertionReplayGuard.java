package uk.ehcexchange.hub.door.token;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/** Each client assertion is good for one token: its {@code jti} is claimed by a database primary key. */
@FhirEnabled
@Component
class AssertionReplayGuard {

    private final JdbcClient jdbc;
    private final Clock clock;

    AssertionReplayGuard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True the first time this client presents this jti; false for any replay, however it is timed. */
    boolean firstUse(String clientId, String jti, Instant expiresAt) {
        // Expired assertions are refused by their exp alone, so their jti no longer needs keeping.
        jdbc.sql("DELETE FROM fhir_client_assertion WHERE expires_at < ?").param(Timestamp.from(clock.instant()))
                .update();
        try {
            jdbc.sql("INSERT INTO fhir_client_assertion (client_id, jti, expires_at) VALUES (?, ?, ?)")
                    .params(clientId, jti, Timestamp.from(expiresAt))
                    .update();
            return true;
        } catch (DuplicateKeyException replay) {
            return false;
        }
    }
}
