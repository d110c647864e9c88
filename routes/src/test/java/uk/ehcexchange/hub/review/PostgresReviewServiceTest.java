package uk.ehcexchange.hub.review;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.ehcexchange.hub.persistence.EmbeddedPostgresDatabase;

/** Every review test again on production's database, a real PostgreSQL 17 ({@link EmbeddedPostgresDatabase}). */
class PostgresReviewServiceTest extends ReviewServiceTest {

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
