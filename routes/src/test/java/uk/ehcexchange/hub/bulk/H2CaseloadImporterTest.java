package uk.ehcexchange.hub.bulk;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/** The embedded default, H2 (in memory here; the CLI test uses the file mode `./run-hub` uses). */
class H2CaseloadImporterTest extends CaseloadImporterContract {

    @BeforeAll
    static void start() {
        startHub(List.of("--spring.datasource.url=jdbc:h2:mem:caseload-import;DB_CLOSE_DELAY=-1"));
    }
}
