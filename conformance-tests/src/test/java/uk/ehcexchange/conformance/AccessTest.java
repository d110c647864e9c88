package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.BadRequestTest.assertRefused;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/** A council system sees and acts only for its own council; every refusal is audited. */
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
    void aCouncilCannotReadOrOverwriteAnotherCouncilsPlan() {
        String planId = Plans.freshId();
        assertThat(hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "own-" + planId)
                .statusCode()).isEqualTo(201);

        assertRefused(hub.as("821").get("/api/v1/plans/" + planId), 403, "planId", "own-authority-only");
        assertRefused(hub.as("821").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "steal-" + planId),
                403, "owningCouncil", "own-authority-only");
    }

    @Test
    void aCouncilCannotTransferForAnother() {
        HttpResponse<String> response = hub.as("821").post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "919", "toCouncil": "303", "moveDate": "2026-03-02",
                 "awareOn": "2026-03-02"}""".formatted(Plans.freshId()), "other-" + Plans.freshId());

        assertRefused(response, 403, "fromCouncil", "own-authority-only");
    }
}
