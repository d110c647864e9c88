package uk.ehcexchange.hub;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.ehcexchange.hub.auth.ApiKeys;

/**
 * Fail closed: outside demonstration mode, a hub on the embedded database without saying so, a hub without clients, or
 * with a client whose council has no key, does not start.
 */
class HubStartupTest {

    /** These starts are on the embedded H2 file; the guard against that is tested on its own below. */
    private static final String ALLOW_EMBEDDED = "--ehc.database.allow-embedded=true";

    @Test
    void refusesToStartOnTheEmbeddedDatabaseOutsideDemoModeUnlessAllowed(@TempDir Path dataDir) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(HubApplication.class)
                .run("--server.port=0", "--ehc.data-dir=" + dataDir, "--ehc.clients[0].id=herts",
                        "--ehc.clients[0].authority=919",
                        "--ehc.clients[0].api-key-sha256=" + ApiKeys.sha256Hex(ApiKeys.generate())).close())
                .as("refused before any bean is made, so the refusal is the only error")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ehc.database.allow-embedded=true")
                .hasMessageContaining("Production uses PostgreSQL");
    }

    @Test
    void refusesToStartWithoutConfiguredClients(@TempDir Path dataDir) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(HubApplication.class)
                .run("--server.port=0", "--management.server.port=0", "--ehc.data-dir=" + dataDir,
                        ALLOW_EMBEDDED).close())
                .rootCause()
                .hasMessageContaining("No API clients are configured");
    }

    @Test
    void refusesToStartWhenAClientsCouncilHasNoSigningKey(@TempDir Path dataDir) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(HubApplication.class)
                .run("--server.port=0", "--management.server.port=0", "--ehc.data-dir=" + dataDir, ALLOW_EMBEDDED,
                        "--ehc.clients[0].id=herts",
                        "--ehc.clients[0].authority=919",
                        "--ehc.clients[0].api-key-sha256=" + ApiKeys.sha256Hex(ApiKeys.generate())).close())
                .rootCause()
                .hasMessageContaining("Council 919 has API clients but no signing key");
    }
}
