package uk.ehcexchange.hub.delivery;

import java.time.Instant;

/**
 * One row of the outbox, as handlers and operators see it.
 *
 * @param reference   the transfer id or plan id the delivery carries
 * @param destination deliveries to one destination are made in the order they were scheduled
 * @param payload     what is sent, when the row carries it (a signed receipt, a plan document), else null
 */
public record Delivery(String deliveryId, DeliveryKind kind, String reference, String destination, String payload,
                       DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
                       String resolvedBy, String resolutionNote, Instant createdAt, Instant updatedAt) {
}
