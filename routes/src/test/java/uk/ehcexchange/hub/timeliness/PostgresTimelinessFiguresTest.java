package uk.ehcexchange.hub.timeliness;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.ehcexchange.hub.persistence.EmbeddedPostgresDatabase;

/** Production's database: the figures' grouped SQL on a real PostgreSQL 17 ({@link EmbeddedPostgresDatabase}). */
class PostgresTimelinessFiguresTest extends TimelinessFiguresContract {

    private static final EmbeddedPostgres POSTGRES = EmbeddedPostgresDatabase.start();

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry, POSTGRES);
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }
}
