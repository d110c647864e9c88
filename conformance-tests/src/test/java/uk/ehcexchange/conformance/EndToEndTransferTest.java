package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The foundation's end-to-end flow: Hertfordshire (919) submits a plan and transfers it to Luton (821) over the
 * hub's broker; Luton's inbox shows it; Luton acknowledges; the ledger shows every step and the reg 15 dates.
 */
class EndToEndTransferTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final RunningHub hub = RunningHub.get();

    @Test
    void hertfordshireTransfersAPlanToLutonWhichAcknowledgesIt() {
        String planId = Plans.freshId();
        JsonNode golden = Plans.golden(planId);
        HttpResponse<String> submitted = hub.as("919").put("/api/v1/plans/" + planId, golden.toString(), "submit-" + planId);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        assertThat(Plans.parse(submitted.body()).get("version").asInt()).isEqualTo(1);

        LocalDate today = LocalDate.now(ENGLAND);
        LocalDate moveDate = today;
        HttpResponse<String> started = startTransfer(planId, "821", moveDate, today.minusDays(40));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode transfer = Plans.parse(started.body());
        String transferId = transfer.get("transferId").asText();
        assertThat(transfer.get("status").asText()).isEqualTo("REQUESTED");
        JsonNode transferBy = deadline(transfer, "TRANSFER_BY");
        assertThat(transferBy.get("dueOn").asText())
                .as("told 40 days ahead, the old council transfers on the day of the move")
                .isEqualTo(moveDate.toString());
        assertThat(transferBy.get("source").asText()).contains("reg 15");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Plans.parse(hub.as("821").get("/api/v1/councils/821/inbox").body()).findValuesAsText("transferId"))
                .contains(transferId));

        JsonNode item = Plans.parse(hub.as("821").get("/api/v1/councils/821/inbox/" + transferId).body());
        assertThat(item.get("fromCouncil").asText()).isEqualTo("919");
        assertThat(item.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(item.get("plan")).as("the plan arrives unchanged").isEqualTo(golden);

        HttpResponse<String> acknowledged = hub.as("821").postEmpty(
                "/api/v1/councils/821/inbox/" + transferId + "/acknowledgement");
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        assertThat(Plans.parse(acknowledged.body()).get("status").asText()).isEqualTo("ACKNOWLEDGED");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Plans.parse(hub.as("919").get("/api/v1/transfers/" + transferId).body()).get("status").asText())
                .isEqualTo("ACKNOWLEDGED"));

        JsonNode ledger = Plans.parse(hub.as("919").get("/api/v1/transfers/" + transferId).body());
        List<String> statuses = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (JsonNode event : ledger.get("history")) {
            statuses.add(event.get("status").asText());
            Instant at = Instant.parse(event.get("at").asText());
            assertThat(at).isAfterOrEqualTo(previous);
            previous = at;
        }
        assertThat(statuses).containsExactly("REQUESTED", "SENT", "DELIVERED", "ACKNOWLEDGED");

        LocalDate transferDate = LocalDate.parse(ledger.get("transferDate").asText());
        assertThat(transferDate).isBetween(today, today.plusDays(1));
        assertThat(deadline(ledger, "FAMILY_NOTIFICATION_BY").get("dueOn").asText())
                .isEqualTo(transferDate.plusWeeks(6).toString());
        assertThat(deadline(ledger, "REVIEW_BY").get("dueOn").asText())
                .isEqualTo(expectedReviewBy(golden, transferDate).toString());
        for (JsonNode deadline : ledger.get("deadlines")) {
            assertThat(deadline.get("rule").asText()).isNotBlank();
            assertThat(deadline.get("source").asText()).contains("reg 15");
        }
        assertThat(item.get("deadlines")).hasSize(2);
    }

    @Test
    void fromTheTransferDateThePlanIsTheNewCouncilsToMaintain() {
        String planId = Plans.freshId();
        hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "submit-" + planId);
        LocalDate today = LocalDate.now(ENGLAND);
        String transferId = Plans.parse(startTransfer(planId, "821", today, today.minusDays(40)).body())
                .get("transferId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Plans.parse(hub.as("919").get("/api/v1/transfers/" + transferId).body()).get("status").asText())
                .isEqualTo("DELIVERED"));

        ObjectNode amended = Plans.golden(planId);
        amended.put("owningCouncil", "821");
        HttpResponse<String> lutonUpdates = hub.as("821").put("/api/v1/plans/" + planId, amended.toString(),
                "luton-amends-" + planId);
        assertThat(lutonUpdates.statusCode()).as(lutonUpdates.body()).isEqualTo(200);
        assertThat(Plans.parse(lutonUpdates.body()).get("version").asInt()).isEqualTo(2);
        BadRequestTest.assertRefused(hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(),
                "herts-amends-" + planId), 409, "planId", "plan-id-taken");
    }

    @Test
    void aTransferForAFutureMoveWaitsForTheMoveDay() {
        LocalDate today = LocalDate.now(ENGLAND);
        String later = Plans.freshId();
        String now = Plans.freshId();
        for (String planId : new String[] {later, now}) {
            hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "submit-" + planId);
        }
        String waiting = Plans.parse(startTransfer(later, "303", today.plusDays(30), today).body())
                .get("transferId").asText();
        String moving = Plans.parse(startTransfer(now, "303", today, today.minusDays(40)).body())
                .get("transferId").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Plans.parse(hub.as("303").get("/api/v1/councils/303/inbox").body()).findValuesAsText("transferId"))
                .contains(moving));

        assertThat(Plans.parse(hub.as("303").get("/api/v1/councils/303/inbox").body()).findValuesAsText("transferId"))
                .as("reg 15(2): the plan is transferred on the day of the move, not before").doesNotContain(waiting);
        assertThat(Plans.parse(hub.as("919").get("/api/v1/transfers/" + waiting).body()).get("status").asText())
                .isEqualTo("REQUESTED");
    }

    private HttpResponse<String> startTransfer(String planId, String toCouncil, LocalDate moveDate, LocalDate awareOn) {
        HttpResponse<String> started = hub.as("919").post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "%s", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, toCouncil, moveDate, awareOn), "transfer-" + planId);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return started;
    }

    /** Reg 15: the later of 12 months beginning with the last review (or issue) and 3 months beginning with transfer. */
    private static LocalDate expectedReviewBy(JsonNode plan, LocalDate transferDate) {
        JsonNode dates = plan.get("dates");
        LocalDate madeOrReviewed = LocalDate.parse(dates.has("lastReviewed")
                ? dates.get("lastReviewed").asText() : dates.get("issued").asText());
        LocalDate twelveMonths = lastDayOfMonthsBeginningWith(madeOrReviewed, 12);
        LocalDate threeMonths = lastDayOfMonthsBeginningWith(transferDate, 3);
        return twelveMonths.isAfter(threeMonths) ? twelveMonths : threeMonths;
    }

    /** The day before the same day-of-month N months on; the month's last day when it has no such day. */
    private static LocalDate lastDayOfMonthsBeginningWith(LocalDate start, int months) {
        LocalDate corresponding = start.plusMonths(months);
        return corresponding.getDayOfMonth() == start.getDayOfMonth() ? corresponding.minusDays(1) : corresponding;
    }

    private static JsonNode deadline(JsonNode transfer, String kind) {
        for (JsonNode deadline : transfer.get("deadlines")) {
            if (deadline.get("kind").asText().equals(kind)) {
                return deadline;
            }
        }
        throw new AssertionError("no " + kind + " deadline in " + transfer);
    }
}
