package uk.ehcexchange.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness on 300 plans: the journeys load into the hub's own tables and the list answers what it should. */
class JourneyListHarnessTest {

    @Test
    void loadsJourneysAndListsOpenClocksDueInTheWindowEarliestFirst(@TempDir Path work) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).start();
             Connection db = postgres.getPostgresDatabase().getConnection()) {
            JourneyListHarness.createTables(db, Path.of("..").resolve(JourneyListHarness.DEFAULT_MIGRATION));
            JourneyListHarness.load(db, 300, work);

            assertThat(JourneyListHarness.counts(db)).contains("cases: 300");
            JourneyListHarness.ListQuery list = JourneyListHarness.queries(JourneyListHarness.TODAY).get(0);
            List<LocalDate> due = new ArrayList<>();
            try (PreparedStatement statement = db.prepareStatement(list.sql())) {
                statement.setObject(1, list.params().get(0));
                statement.setObject(2, list.params().get(1));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        assertThat(rs.getString("status")).isEqualTo("OPEN");
                        assertThat(rs.getString("rule")).isNotBlank();
                        due.add(rs.getDate("due_on").toLocalDate());
                    }
                }
            }
            // 20 working days after Mon 7 Dec 2026: 8-11 Dec (4), 14-18 (9), 21-24 (13), 25 and 28 Dec are bank
            // holidays, 29-31 (16), 1 Jan is one, 4-7 Jan (20): Thu 7 Jan 2027.
            assertThat(due).isNotEmpty().isSorted().allSatisfy(d -> assertThat(d).isBeforeOrEqualTo("2027-01-07"));
            assertThat(due.get(0)).isBefore(JourneyListHarness.TODAY);
            assertThat(JourneyListHarness.run(db, list)).isEqualTo(due.size());
        }
    }
}
