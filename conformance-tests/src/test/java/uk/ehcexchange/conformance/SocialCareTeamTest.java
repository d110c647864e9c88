package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.BadRequestTest.assertRefused;
import static uk.ehcexchange.conformance.RunningHub.SOCIAL_CARE_919;
import static uk.ehcexchange.conformance.RunningHub.TRUST;
import static uk.ehcexchange.conformance.SoapFixtures.assertFault;
import static uk.ehcexchange.conformance.SoapFixtures.fault;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.conformance.soapclient.ListInboxRequest;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * Hertfordshire's children's social care team has its own key with the role {@code social-care}: it sees the social
 * care advice requests addressed to its council and answers them (SoapSocialCareAndPlacementTest), and nothing else —
 * no plan, no inbox, no health request about a child.
 */
class SocialCareTeamTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void theTeamSeesOnlyTheSocialCareRequestsAddressedToItsCouncil() {
        String socialCare = requestId(hub.as("919").post("/api/v1/councils/919/advice-requests",
                AdviceRequestTest.newRequest("SOCIAL_CARE", "919", null).toString(), "sc-" + UUID.randomUUID()).body());
        String medical = requestId(hub.as("919").post("/api/v1/councils/919/advice-requests",
                AdviceRequestTest.newRequest("MEDICAL", TRUST, null).toString(), "med-" + UUID.randomUUID()).body());

        String listed = hub.as(SOCIAL_CARE_919).get("/api/v1/councils/919/advice-requests").body();

        assertThat(listed).contains(socialCare).doesNotContain(medical);
        assertThat(hub.as(SOCIAL_CARE_919).get("/api/v1/advice-requests/" + socialCare).statusCode()).isEqualTo(200);
        assertThat(hub.as(SOCIAL_CARE_919).get("/api/v1/advice-requests/" + medical).statusCode())
                .as("as if it did not exist").isEqualTo(404);
        assertThat(hub.as("919").get("/api/v1/councils/919/advice-requests").body())
                .as("the SEND team's system sees both").contains(socialCare).contains(medical);
    }

    @Test
    void theTeamCannotReadOrWritePlansOrInboxesAndEachAttemptIsAudited() {
        String planId = Plans.freshId();

        assertRefused(hub.as(SOCIAL_CARE_919).put("/api/v1/plans/" + planId, Plans.golden(planId).toString(),
                "sc-plan-" + planId), 403, "$", "role-social-care");
        assertRefused(hub.as(SOCIAL_CARE_919).get("/api/v1/councils/919/inbox"), 403, "$", "role-social-care");
        assertThat(hub.as("919").get("/api/v1/plans/" + planId).statusCode()).as("nothing was stored").isEqualTo(404);
        assertThat(hub.bean(AuditTrail.class).recent(50)).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo("919");
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.REJECTED);
            assertThat(event.action()).isEqualTo("GET /api/v1/councils/919/inbox");
            assertThat(event.reason()).startsWith("not-permitted-for-role");
        });
    }

    @Test
    void overSoapTheTeamMayOnlySubmitAssessments() {
        ListInboxRequest list = new ListInboxRequest();
        list.setCouncil("919");

        assertFault(fault(() -> new SoapClients(hub).port(SOCIAL_CARE_919).listInbox(list)), "not-permitted-for-role",
                "/Envelope/Body/ListInboxRequest", "role-social-care");
    }

    private static String requestId(String body) {
        return Plans.parse(body).get("requestId").asText();
    }
}
