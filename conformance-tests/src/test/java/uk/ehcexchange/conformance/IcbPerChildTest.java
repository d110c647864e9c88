package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.hl7.fhir.r4.model.Composition;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ehcexchange.hub.delivery.Delivery;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.Outbox;

/**
 * Issue 14 item 5: the health commissioning body is the child's (normally the ICB of the child's GP practice, CFA 2014
 * s42(4)), not the council's. Hertfordshire's children mostly have GPs in NHS Hertfordshire and West Essex ICB (the ICB
 * configured for 919), but a child registered with a practice over the Bedfordshire border is NHS Bedfordshire, Luton
 * and Milton Keynes ICB's: each child's final plan and placement notice goes to that child's ICB, and only a plan that
 * names none goes to the council's configured one.
 */
class IcbPerChildTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void twoChildrenOfOneCouncilWithDifferentIcbsAreEachSentToTheirOwnIcb() {
        String hertsGp = Plans.freshId();
        String bedsGp = Plans.freshId();
        submit(hertsGp, RunningHub.ICB);
        submit(bedsGp, RunningHub.OTHER_ICB);

        await().atMost(Duration.ofSeconds(60)).until(() -> received(hub.icb(), hertsGp) && received(hub.otherIcb(), bedsGp));

        assertThat(received(hub.icb(), bedsGp)).as("the council's ICB does not get the other ICB's child").isFalse();
        assertThat(received(hub.otherIcb(), hertsGp)).isFalse();
        assertThat(destinations(hertsGp)).containsExactly("icb:" + RunningHub.ICB);
        assertThat(destinations(bedsGp)).containsExactly("icb:" + RunningHub.OTHER_ICB);
    }

    @Test
    void aPlanNamingNoIcbGoesToTheIcbConfiguredForTheCouncilsArea() {
        String planId = Plans.freshId();
        submit(planId, null);

        await().atMost(Duration.ofSeconds(60)).until(() -> received(hub.icb(), planId));
        assertThat(destinations(planId)).containsExactly("icb:" + RunningHub.ICB);
    }

    @Test
    void aPlanNamingAnIcbWithoutAFhirServerHereIsNotSentToAnotherIcb() {
        String planId = Plans.freshId();
        submit(planId, "QKS");

        assertThat(destinations(planId)).as("Kent and Medway ICB has no FHIR server here; the plan stays").isEmpty();
    }

    @Test
    void aPlacementNoticeReachesTheChildsOwnIcb() {
        String planId = Plans.freshId();
        submit(planId, RunningHub.OTHER_ICB);
        // A placement notice discloses that the child has a plan: the placing council records the basis first.
        MatrixFixtures.recordPlacementConsent(hub, "919", planId);
        var placed = hub.as("919").post("/api/v1/placement-notifications", """
                {"planId": "%s", "placingCouncil": "919", "hostCouncil": "303", "placedOn": "%s",
                 "placementType": "FOSTER_CARE"}""".formatted(planId, SoapFixtures.today()), "placed-" + planId);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        ObjectNode notification = (ObjectNode) Plans.parse(placed.body());

        assertThat(notification.path("responsibleIcb").asText()).isEqualTo(RunningHub.OTHER_ICB);
        assertThat(hub.bean(JdbcClient.class).sql("SELECT recipient FROM placement_delivery WHERE notification_id = ?")
                .param(notification.path("notificationId").asText()).query(String.class).list())
                .as("the host council and the child's ICB; the host area (Bexley) has no ICB configured here")
                .containsExactlyInAnyOrder("303", RunningHub.OTHER_ICB);
    }

    private void submit(String planId, String icb) {
        ObjectNode plan = Plans.golden(planId);
        ObjectNode child = (ObjectNode) plan.get("child");
        if (icb == null) {
            child.remove("responsibleCommissioningBody");
        } else {
            child.put("responsibleCommissioningBody", icb);
        }
        var answer = hub.as("919").put("/api/v1/plans/" + planId, plan.toString(), "icb-" + planId);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    private static boolean received(IcbFhirServer server, String planId) {
        return server.received().stream().anyMatch(b -> b.getEntryFirstRep().getResource() instanceof Composition c
                && planId.equals(c.getIdentifier().getValue()));
    }

    private List<String> destinations(String planId) {
        return hub.bean(Outbox.class).forReference(planId).stream()
                .filter(d -> d.kind() == DeliveryKind.ICB_PLAN).map(Delivery::destination).toList();
    }
}
