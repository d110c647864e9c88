package uk.ehcexchange.hub.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A placement notification in a host council's or ICB's inbox. */
public record PlacementInboxItem(String notificationId, String recipient, Instant receivedAt, Instant acknowledgedAt,
                                 PlacementNotification notification) {

    @JsonProperty
    public String status() {
        return acknowledgedAt == null ? "DELIVERED" : "ACKNOWLEDGED";
    }
}
