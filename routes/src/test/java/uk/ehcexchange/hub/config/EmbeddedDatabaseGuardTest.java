package uk.ehcexchange.hub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmbeddedDatabaseGuardTest {

    private static final String H2_FILE = "jdbc:h2:file:./data/db/ehc-hub";

    @Test
    void anH2FileOrServerIsEmbeddedButMemoryAndPostgresAreNot() {
        assertThat(EmbeddedDatabaseGuard.isEmbeddedH2(H2_FILE)).isTrue();
        assertThat(EmbeddedDatabaseGuard.isEmbeddedH2("jdbc:h2:./data/db/ehc-hub")).isTrue();
        assertThat(EmbeddedDatabaseGuard.isEmbeddedH2("jdbc:h2:tcp://localhost/ehc")).isTrue();
        assertThat(EmbeddedDatabaseGuard.isEmbeddedH2("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isFalse();
        assertThat(EmbeddedDatabaseGuard.isEmbeddedH2("jdbc:postgresql://db:5432/ehc")).isFalse();
    }

    @Test
    void demoModeAndAnExplicitAllowanceStartOnTheEmbeddedFile() {
        assertThatCode(() -> EmbeddedDatabaseGuard.check(H2_FILE, true, false)).doesNotThrowAnyException();
        assertThatCode(() -> EmbeddedDatabaseGuard.check(H2_FILE, false, true)).doesNotThrowAnyException();
        assertThatCode(() -> EmbeddedDatabaseGuard.check("jdbc:postgresql://db/ehc", false, false))
                .doesNotThrowAnyException();
    }

    @Test
    void anyOtherStartOnTheEmbeddedFileIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> EmbeddedDatabaseGuard.check(H2_FILE, false, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ehc.database.allow-embedded=true")
                .hasMessageContaining("Production uses PostgreSQL");
    }
}
