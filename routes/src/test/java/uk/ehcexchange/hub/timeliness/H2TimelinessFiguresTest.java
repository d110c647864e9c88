package uk.ehcexchange.hub.timeliness;

import org.springframework.test.context.TestPropertySource;

/** The embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:timeliness;DB_CLOSE_DELAY=-1")
class H2TimelinessFiguresTest extends TimelinessFiguresContract {
}
