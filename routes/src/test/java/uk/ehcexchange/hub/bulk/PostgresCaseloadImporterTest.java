package uk.ehcexchange.hub.bulk;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Production's database: a real PostgreSQL 17 (zonky's embedded binaries), started for this class. */
class PostgresCaseloadImporterTest extends CaseloadImporterContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        startHub(List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
    }

    @AfterAll
    static void stop() throws IOException {
        stopHub();
        postgres.close();
    }
}
