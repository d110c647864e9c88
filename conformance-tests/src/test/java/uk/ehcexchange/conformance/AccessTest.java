package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.BadRequestTest.assertRefused;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * A council system sees and acts only for its own council; every refusal is audited. Naming another council to act
 * for it is a 403 (councils are public, in the directory); another council's plan or transfer is, to the caller,
 * not there at all: the same 404 as an id the hub never held, so nobody learns what exists.
 */
class AccessTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void lutonCannotReadHertfordshiresInboxAndTheAttemptIsAudited() {
        HttpResponse<String> response = hub.as("821").get("/api/v1/councils/919/inbox");

        assertRefused(response, 403, "council", "own-inbox-only");
        assertThat(hub.bean(AuditTrail.class).recent(20)).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo("821");
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.REJECTED);
            assertThat(event.action()).isEqualTo("GET /api/v1/councils/919/inbox");
            assertThat(event.reason()).startsWith("not-your-authority");
        });
    }

    @Test
    void anotherCouncilsPlanReadsAsOneThatDoesNotExist() {
        String planId = submitted919Plan();
        String unknown = Plans.freshId();

        HttpResponse<String> hidden = hub.as("821").get("/api/v1/plans/" + planId);

        assertRefused(hidden, 404, "planId", "known-plan");
        Answers.assertAnsweredAlike(hidden, planId, hub.as("821").get("/api/v1/plans/" + unknown), unknown);
    }

    @Test
    void aPlanIdAnotherCouncilUsesIsTakenWithoutSayingWhoseItIsAndNothingChanges() {
        String planId = submitted919Plan();
        var luton = Plans.golden(planId).put("owningCouncil", "821");
        String key = "steal-" + planId;

        HttpResponse<String> taken = hub.as("821").put("/api/v1/plans/" + planId, luton.toString(), key);

        assertRefused(taken, 409, "planId", "plan-id-taken");
        assertThat(taken.body().replace(planId, "{id}")).as("names no owner").doesNotContain("919");
        assertThat(Plans.parse(hub.as("919").get("/api/v1/plans/" + planId).body()).get("owningCouncil").asText())
                .isEqualTo("919");
        String fresh = Plans.freshId();
        assertThat(hub.as("821").put("/api/v1/plans/" + fresh, Plans.golden(fresh).put("owningCouncil", "821")
                .toString(), key).statusCode()).as("the refused request kept not even its Idempotency-Key")
                .isEqualTo(201);
    }

    @Test
    void anotherCouncilsPlanCannotBeTransferredOrPlacedAndIsRefusedAsAnUnknownOne() {
        String planId = submitted919Plan();
        String unknown = Plans.freshId();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String transfer = """
                {"planId": "%s", "fromCouncil": "821", "toCouncil": "303", "moveDate": "%s", "awareOn": "%s"}""";
        String placement = """
                {"planId": "%s", "placingCouncil": "821", "hostCouncil": "303", "placedOn": "%s",
                 "placementType": "CHILDRENS_HOME"}""";

        HttpResponse<String> hiddenTransfer = hub.as("821").post("/api/v1/transfers",
                transfer.formatted(planId, today.plusDays(30), today), "move-" + planId);
        HttpResponse<String> hiddenPlacement = hub.as("821").post("/api/v1/placement-notifications",
                placement.formatted(planId, today), "place-" + planId);

        assertRefused(hiddenTransfer, 422, "planId", "known-plan");
        Answers.assertAnsweredAlike(hiddenTransfer, planId, hub.as("821").post("/api/v1/transfers",
                transfer.formatted(unknown, today.plusDays(30), today), "move-" + unknown), unknown);
        assertRefused(hiddenPlacement, 422, "planId", "known-plan");
        Answers.assertAnsweredAlike(hiddenPlacement, planId, hub.as("821").post("/api/v1/placement-notifications",
                placement.formatted(unknown, today), "place-" + unknown), unknown);
        String own = Plans.freshId();
        hub.as("821").put("/api/v1/plans/" + own, Plans.golden(own).put("owningCouncil", "821").toString(),
                "own-" + own);
        HttpResponse<String> reused = hub.as("821").post("/api/v1/transfers",
                transfer.formatted(own, today.plusDays(30), today), "move-" + planId);
        assertThat(reused.statusCode()).as("the refused request kept not even its Idempotency-Key: " + reused.body())
                .isEqualTo(202);
    }

    @Test
    void aTransferIsSeenOnlyByItsTwoCouncils() {
        String planId = submitted919Plan();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        HttpResponse<String> started = hub.as("919").post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "821", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, today.plusDays(30), today), "transfer-" + planId);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String transferId = Plans.parse(started.body()).get("transferId").asText();
        String unknown = java.util.UUID.randomUUID().toString();

        assertThat(hub.as("821").get("/api/v1/transfers/" + transferId).statusCode()).isEqualTo(200);
        HttpResponse<String> hidden = hub.as("303").get("/api/v1/transfers/" + transferId);

        assertRefused(hidden, 404, "transferId", "known-transfer");
        Answers.assertAnsweredAlike(hidden, transferId, hub.as("303").get("/api/v1/transfers/" + unknown), unknown);
    }

    @Test
    void anotherCouncilsInboxItemIsNotInTheCallersInbox() {
        String requestId = FhirAdviceTest.ask(hub, RunningHub.TRUST, null).get("requestId").asText();
        HttpResponse<String> answered = hub.as(RunningHub.TRUST).post("/api/v1/advice-requests/" + requestId
                + "/health-advice", AdviceRequestTest.healthAdvice(requestId).toString(), "inbox-" + requestId);
        String responseId = Plans.parse(answered.body()).get("responseId").asText();
        String unknown = java.util.UUID.randomUUID().toString();

        HttpResponse<String> hidden = hub.as("821").get("/api/v1/councils/821/inbox/advice/" + responseId);

        assertRefused(hidden, 404, "responseId", "known-advice");
        Answers.assertAnsweredAlike(hidden, responseId,
                hub.as("821").get("/api/v1/councils/821/inbox/advice/" + unknown), unknown);
        assertRefused(hub.as("821").get("/api/v1/councils/919/inbox/advice/" + responseId), 403, "council",
                "own-authority-only");
    }

    private String submitted919Plan() {
        String planId = Plans.freshId();
        HttpResponse<String> submitted = hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(),
                "own-" + planId);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return planId;
    }

    @Test
    void aCouncilCannotTransferForAnother() {
        HttpResponse<String> response = hub.as("821").post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "303", "moveDate": "2026-03-02",
                 "awareOn": "2026-03-02"}""".formatted(Plans.freshId()), "other-" + Plans.freshId());

        assertRefused(response, 403, "fromCouncil", "own-authority-only");
    }
}
