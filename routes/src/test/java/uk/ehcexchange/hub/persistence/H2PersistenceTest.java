package uk.ehcexchange.hub.persistence;

import org.springframework.test.context.TestPropertySource;

/** The embedded default: H2, as `./run-hub` uses it (in memory here, file mode there). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:contract;DB_CLOSE_DELAY=-1")
class H2PersistenceTest extends PersistenceContract {
}
