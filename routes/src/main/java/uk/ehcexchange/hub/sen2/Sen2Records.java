package uk.ehcexchange.hub.sen2;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.review.CouncilReviews;
import uk.ehcexchange.hub.review.Review;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.EhcPlan;

/**
 * Reads what a council's SEN2 return is made from: its plans, cases, their SEN2-relevant events and clock
 * exceptions, its reviews and its reg 15 transfers in and out. One query per table for the whole council, in one
 * read-only transaction so the return is one consistent picture.
 */
@Repository
class Sen2Records {

    /** England's civil day, in which the hub's timestamps are read as days. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** The journey events a return is made from (assessment package: AssessmentService). */
    static final List<String> EVENT_KINDS = List.of("DECIDED_TO_ASSESS", "DECIDED_NOT_TO_ASSESS",
            "REQUEST_WITHDRAWN", "DECIDED_NOT_TO_ISSUE", "FINAL_PLAN_ISSUED", "EXPORTED");

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final CouncilReviews reviews;

    Sen2Records(JdbcClient jdbc, ObjectMapper json, CouncilReviews reviews) {
        this.jdbc = jdbc;
        this.json = json;
        this.reviews = reviews;
    }

    @Transactional(readOnly = true)
    public CouncilRecords read(String council) {
        Map<String, CouncilRecords.StoredPlan> plans = new LinkedHashMap<>();
        jdbc.sql("SELECT document, updated_at FROM ehc_plan WHERE owning_la = ? AND status <> 'DRAFT'"
                        + " ORDER BY plan_id")
                .param(council)
                .query((ResultSet rs) -> {
                    EhcPlan plan = JsonDocuments.read(json, rs.getString(1), EhcPlan.class);
                    plans.put(plan.planId(), new CouncilRecords.StoredPlan(plan,
                            rs.getTimestamp(2).toInstant().atZone(ENGLAND).toLocalDate()));
                });
        List<CouncilRecords.CaseRow> cases = jdbc.sql("""
                        SELECT c.case_id, c.child, c.plan_id, c.opened_on, c.status, r.received_on, r.request_source,
                               r.exported_to
                        FROM ehc_case c LEFT JOIN assessment_request r ON r.case_id = c.case_id
                        WHERE c.council = ? ORDER BY c.case_id""")
                .param(council)
                .query((rs, n) -> new CouncilRecords.CaseRow(rs.getString(1),
                        JsonDocuments.read(json, rs.getString(2), Child.class), rs.getString(3), day(rs, 4),
                        rs.getString(5), day(rs, 6), (Integer) rs.getObject(7, Integer.class), rs.getString(8)))
                .list();
        Map<String, List<CouncilRecords.EventRow>> events = new HashMap<>();
        jdbc.sql("""
                        SELECT e.case_id, e.kind, e.occurred_on, e.ref FROM journey_event e
                        JOIN ehc_case c ON c.case_id = e.case_id
                        WHERE c.council = :council AND e.kind IN (:kinds)
                        ORDER BY e.case_id, e.occurred_on, e.recorded_at""")
                .param("council", council).param("kinds", EVENT_KINDS)
                .query((ResultSet rs) -> {
                    events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new CouncilRecords.EventRow(rs.getString(2), day(rs, 3), rs.getString(4)));
                });
        Set<String> exceptions = new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT case_id FROM statutory_clock
                        WHERE council = ? AND kind IN ('FINAL_PLAN', 'DECIDE_NOT_TO_ISSUE')
                          AND exception_code IS NOT NULL""")
                .param(council).query(String.class).list());
        Map<String, List<Review>> byPlan = new HashMap<>();
        for (Review review : reviews.of(council)) {
            byPlan.computeIfAbsent(review.planId(), k -> new ArrayList<>()).add(review);
        }
        Map<String, CouncilRecords.TransferOut> out = new HashMap<>();
        jdbc.sql("""
                        SELECT p.document, t.to_la, t.transfer_date FROM transfer t
                        JOIN ehc_plan p ON p.plan_id = t.plan_id
                        WHERE t.from_la = ? AND t.kind = 'PLAN' AND t.transfer_date IS NOT NULL
                          AND t.status IN ('DELIVERED', 'ACKNOWLEDGED')""")
                .param(council)
                .query((ResultSet rs) -> {
                    EhcPlan plan = JsonDocuments.read(json, rs.getString(1), EhcPlan.class);
                    out.put(plan.planId(), new CouncilRecords.TransferOut(plan, rs.getString(2), day(rs, 3)));
                });
        Map<String, CouncilRecords.TransferIn> in = new HashMap<>();
        jdbc.sql("SELECT plan_id, sender_la, transfer_date FROM inbound_transfer"
                        + " WHERE recipient_la = ? AND kind = 'PLAN' ORDER BY received_at")
                .param(council)
                .query((ResultSet rs) -> {
                    in.put(rs.getString(1), new CouncilRecords.TransferIn(rs.getString(2), day(rs, 3)));
                });
        return new CouncilRecords(council, plans, cases, events, exceptions, byPlan, out, in);
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
