package uk.ehcexchange.hub.journey;

import org.springframework.test.context.TestPropertySource;

/** The embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:journey;DB_CLOSE_DELAY=-1")
class H2JourneyLogTest extends JourneyLogContract {
}
