package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.CeasedReason;

/**
 * Ceased plans' reasons become SEN2's CeaseReason list (issue 14): every stored plan, and every plan waiting in the
 * delivery outbox, that still names one of the hub's former reasons gets the SEN2 name {@link CeasedReason#LEGACY}
 * gives it. Nothing else in the document changes (it is read and written with the canonical mapper, which keeps
 * amounts and field order exactly). Two former reasons have no SEN2 code of their own and become OTHER (9); each plan
 * converted that way gets an audit entry naming the former reason, so the council can record the exact one.
 * Signed transfer packages are not touched: they are read as they are, the reader mapping the former names.
 *
 * <p>A Java migration because the reason is inside JSON, which H2 and PostgreSQL query differently.
 */
public class V70__Sen2_cease_reasons extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V70__Sen2_cease_reasons.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        ObjectMapper json = CanonicalJson.mapper();
        int plans = 0;
        int ambiguous = 0;
        try (PreparedStatement select = connection.prepareStatement(
                     "SELECT plan_id, document FROM ehc_plan WHERE document LIKE '%ceasedReason%'");
             ResultSet rows = select.executeQuery();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE ehc_plan SET document = ? WHERE plan_id = ?");
             PreparedStatement audit = connection.prepareStatement(
                     "INSERT INTO audit_event (occurred_at, actor, action, outcome, subject_id, reason) "
                             + "VALUES (?, 'hub', 'plan.ceased-reason-migrated', 'ACCEPTED', ?, ?)")) {
            while (rows.next()) {
                String planId = rows.getString(1);
                Optional<Conversion> conversion = convert(json, rows.getString(2));
                if (conversion.isEmpty()) {
                    continue;
                }
                update.setString(1, conversion.get().document());
                update.setString(2, planId);
                update.addBatch();
                plans++;
                if (conversion.get().ambiguous()) {
                    audit.setTimestamp(1, Timestamp.from(Instant.now()));
                    audit.setString(2, planId);
                    audit.setString(3, "ceased reason " + conversion.get().former()
                            + " has no SEN2 code of its own: now OTHER (9); record the exact SEN2 reason");
                    audit.addBatch();
                    ambiguous++;
                }
            }
            update.executeBatch();
            audit.executeBatch();
        }
        int deliveries = 0;
        try (PreparedStatement select = connection.prepareStatement(
                     "SELECT delivery_id, payload FROM delivery WHERE kind = 'ICB_PLAN' AND payload LIKE '%ceasedReason%'");
             ResultSet rows = select.executeQuery();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE delivery SET payload = ? WHERE delivery_id = ?")) {
            while (rows.next()) {
                Optional<Conversion> conversion = convert(json, rows.getString(2));
                if (conversion.isPresent()) {
                    update.setString(1, conversion.get().document());
                    update.setString(2, rows.getString(1));
                    update.addBatch();
                    deliveries++;
                }
            }
            update.executeBatch();
        }
        if (plans + deliveries > 0) {
            log.warn("Ceased reasons converted to SEN2's list: {} plans and {} outbox rows; {} plans had a reason "
                    + "without an SEN2 code and now say OTHER (audited as plan.ceased-reason-migrated)",
                    plans, deliveries, ambiguous);
        }
    }

    /** The document with its ceased reason in SEN2's list, or empty when it already is (or names none). */
    static Optional<Conversion> convert(ObjectMapper json, String document) throws Exception {
        JsonNode plan = json.readTree(document);
        JsonNode reason = plan.path("ceasedReason");
        if (!plan.isObject() || !reason.isTextual() || !CeasedReason.LEGACY.containsKey(reason.asText())) {
            return Optional.empty();
        }
        String former = reason.asText();
        CeasedReason now = CeasedReason.LEGACY.get(former);
        ((ObjectNode) plan).put("ceasedReason", now.name());
        return Optional.of(new Conversion(json.writeValueAsString(plan), former,
                now == CeasedReason.OTHER));
    }

    record Conversion(String document, String former, boolean ambiguous) {
    }
}
