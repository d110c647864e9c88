package uk.ehcexchange.hub.door.operator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import uk.ehcexchange.hub.delivery.Delivery;

/**
 * A delivery as the operator API shows it: everything an operator needs to judge it, never its payload, which may be
 * a plan with a child's personal data. Every field is written, null ones too (the actuator's mapper would leave them
 * out), so that the shape does not change with the status.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeliveryView(String id, String kind, String reference, String destination, String status,
                           int attempts, Instant nextAttemptAt, String lastError, String resolvedBy,
                           String resolutionNote, Instant createdAt, Instant updatedAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.deliveryId(), d.kind().name(), d.reference(), d.destination(), d.status().name(),
                d.attempts(), d.nextAttemptAt(), d.lastError(), d.resolvedBy(), d.resolutionNote(), d.createdAt(),
                d.updatedAt());
    }
}
