package uk.ehcexchange.hub.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.model.EhcPlan;

/** Plans for the review tests: the golden sample with a fresh id and the dates a test works its clocks from. */
final class ReviewFixtures {

    static final ClientIdentity HERTS = new ClientIdentity("herts-case-system", "919");
    private static final String GOLDEN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";

    private final PlanService plans;
    private final ObjectMapper json;

    ReviewFixtures(PlanService plans, ObjectMapper json) {
        this.plans = plans;
        this.json = json;
    }

    /** A final plan of Hertfordshire's, first made on {@code issued} and never reviewed. */
    String finalPlan(LocalDate issued) {
        return plan(issued, null, "FINAL");
    }

    String plan(LocalDate issued, LocalDate lastReviewed, String status) {
        String planId = "REVIEW-" + UUID.randomUUID().toString().substring(0, 8);
        plans.submit(HERTS, planId, "plan-" + planId, document(planId, issued, lastReviewed, status));
        return planId;
    }

    /** The plan again, as its next version (an amended final plan). */
    int newVersion(String planId, LocalDate issued) {
        var stored = plans.submit(HERTS, planId, "amend-" + UUID.randomUUID(),
                document(planId, issued, null, "FINAL"));
        try {
            return json.readTree(stored.body()).get("version").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EhcPlan document(String planId, LocalDate issued, LocalDate lastReviewed, String status) {
        try (InputStream in = ReviewFixtures.class.getResourceAsStream(GOLDEN)) {
            ObjectNode plan = (ObjectNode) json.readTree(in);
            plan.put("planId", planId);
            plan.put("status", status);
            ObjectNode dates = plan.putObject("dates");
            dates.put("requestReceived", issued.minusWeeks(20).toString());
            if (!"DRAFT".equals(status)) {
                dates.put("issued", issued.toString());
            }
            if (lastReviewed != null) {
                dates.put("lastReviewed", lastReviewed.toString());
            }
            return json.treeToValue(plan, EhcPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
