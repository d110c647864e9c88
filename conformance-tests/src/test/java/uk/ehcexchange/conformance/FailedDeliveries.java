package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import uk.ehcexchange.hub.delivery.Delivery;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.DeliveryStatus;
import uk.ehcexchange.hub.delivery.Outbox;

/**
 * Deliveries that fail for good, made the way they fail in life: Hertfordshire submits a final plan, and its ICB's
 * FHIR server refuses it (422), so the hub gives up at once and lists it for an operator.
 */
final class FailedDeliveries {

    /** A delivery of the plan {@code planId} was made and failed for good. */
    record Failed(String planId, String deliveryId) {
    }

    private FailedDeliveries() {
    }

    static Failed make(RunningHub hub) {
        String planId = Plans.freshId();
        hub.icb().refuse(planId);
        var put = hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "fails-" + planId);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        Delivery failed = await().atMost(Duration.ofSeconds(60)).until(() -> icbDelivery(hub, planId),
                d -> d != null && d.status() == DeliveryStatus.FAILED);
        return new Failed(planId, failed.deliveryId());
    }

    static Delivery icbDelivery(RunningHub hub, String planId) {
        return hub.bean(Outbox.class).forReference(planId).stream().filter(d -> d.kind() == DeliveryKind.ICB_PLAN)
                .findFirst().orElse(null);
    }
}
