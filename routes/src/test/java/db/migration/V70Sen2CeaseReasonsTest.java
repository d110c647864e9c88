package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.CeasedReason;
import uk.ehcexchange.model.EhcPlan;

/**
 * V70 on a database as the hub left it before SEN2's CeaseReason list (migrated to V52), with plans stored then, on
 * both databases the hub supports: every former reason becomes its SEN2 name, nothing else in the documents changes,
 * and the plans converted to OTHER are audited.
 */
class V70Sen2CeaseReasonsTest {

    private static final String GOLDEN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";

    @Test
    void convertsStoredPlansOnH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v70-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        convertsStoredPlans(h2);
    }

    @Test
    void convertsStoredPlansOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            convertsStoredPlans(postgres.getPostgresDatabase());
        }
    }

    @Test
    void aDocumentAlreadyInSen2sListIsLeftAlone() throws Exception {
        assertThat(V70__Sen2_cease_reasons.convert(CanonicalJson.mapper(), ceased("p", "DECEASED"))).isEmpty();
        assertThat(V70__Sen2_cease_reasons.convert(CanonicalJson.mapper(), golden("p"))).isEmpty();
    }

    private void convertsStoredPlans(DataSource dataSource) throws Exception {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("52").load().migrate();
        String untouched = golden("final");
        try (Connection db = dataSource.getConnection()) {
            insertPlan(db, "died", ceased("died", "DIED"));
            insertPlan(db, "aged-out", ceased("aged-out", "REACHED_AGE_25"));
            insertPlan(db, "outcomes", ceased("outcomes", "OUTCOMES_ACHIEVED"));
            insertPlan(db, "employment", ceased("employment", "MOVED_INTO_EMPLOYMENT_OR_HIGHER_EDUCATION"));
            insertPlan(db, "moved-la", ceased("moved-la", "TRANSFERRED_TO_ANOTHER_LA"));
            insertPlan(db, "final", untouched);
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        try (Connection db = dataSource.getConnection()) {
            assertThat(reason(db, "died")).isEqualTo(CeasedReason.DECEASED);
            assertThat(reason(db, "aged-out")).isEqualTo(CeasedReason.REACHED_MAXIMUM_AGE);
            assertThat(reason(db, "outcomes")).isEqualTo(CeasedReason.OTHER);
            assertThat(reason(db, "employment")).isEqualTo(CeasedReason.OTHER);
            assertThat(reason(db, "moved-la")).isEqualTo(CeasedReason.TRANSFERRED_TO_ANOTHER_LA);
            assertThat(document(db, "died")).as("only the reason changes").isEqualTo(ceased("died", "DECEASED"));
            assertThat(document(db, "final")).isEqualTo(untouched);
            assertThat(audited(db)).containsExactlyInAnyOrder(
                    "outcomes: ceased reason OUTCOMES_ACHIEVED has no SEN2 code of its own: now OTHER (9); record "
                            + "the exact SEN2 reason",
                    "employment: ceased reason MOVED_INTO_EMPLOYMENT_OR_HIGHER_EDUCATION has no SEN2 code of its "
                            + "own: now OTHER (9); record the exact SEN2 reason");
        }
    }

    private static String golden(String planId) throws Exception {
        try (InputStream in = V70Sen2CeaseReasonsTest.class.getResourceAsStream(GOLDEN)) {
            var plan = (com.fasterxml.jackson.databind.node.ObjectNode) CanonicalJson.mapper().readTree(in);
            plan.put("planId", planId);
            return CanonicalJson.mapper().writeValueAsString(plan);
        }
    }

    /** A ceased plan as the hub stored it, the reason written as it was then. */
    private static String ceased(String planId, String reason) throws Exception {
        var plan = (com.fasterxml.jackson.databind.node.ObjectNode) CanonicalJson.mapper().readTree(golden(planId));
        var ordered = CanonicalJson.mapper().createObjectNode();
        plan.fields().forEachRemaining(field -> {
            if (field.getKey().equals("dates")) {
                ordered.put("ceasedReason", reason);
            }
            ordered.set(field.getKey(), field.getValue());
        });
        ordered.put("status", "CEASED");
        return CanonicalJson.mapper().writeValueAsString(ordered);
    }

    private static void insertPlan(Connection db, String planId, String document) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ehc_plan (plan_id, owning_la, status, version, "
                + "document, created_at, updated_at) VALUES (?, '919', 'CEASED', 1, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, planId);
            insert.setString(2, document);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
        }
    }

    private static String document(Connection db, String planId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT document FROM ehc_plan WHERE plan_id = ?")) {
            select.setString(1, planId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static CeasedReason reason(Connection db, String planId) throws Exception {
        return CanonicalJson.mapper().readValue(document(db, planId), EhcPlan.class).ceasedReason();
    }

    private static List<String> audited(Connection db) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT subject_id, reason FROM audit_event WHERE action = 'plan.ceased-reason-migrated'");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(rows.getString(1) + ": " + rows.getString(2));
            }
        }
        return entries;
    }
}
