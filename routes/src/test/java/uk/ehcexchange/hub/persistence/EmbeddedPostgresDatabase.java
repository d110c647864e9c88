package uk.ehcexchange.hub.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Production's database for a test class: a real PostgreSQL 17 (zonky's embedded binaries from Maven Central). As
 * root, zonky runs PostgreSQL in a user namespace, since PostgreSQL refuses to run as root.
 */
public final class EmbeddedPostgresDatabase {

    private EmbeddedPostgresDatabase() {
    }

    public static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** Points the test's Spring context at it. */
    public static void register(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
