package uk.ehcexchange.hub;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Fail closed: a hub with no configured clients, outside demonstration mode, does not start. */
class HubStartupTest {

    @Test
    void refusesToStartWithoutConfiguredClients(@TempDir Path dataDir) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(HubApplication.class)
                .run("--server.port=0", "--ehc.data-dir=" + dataDir).close())
                .rootCause()
                .hasMessageContaining("No API clients are configured");
    }
}
