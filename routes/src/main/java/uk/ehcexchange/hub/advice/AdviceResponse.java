package uk.ehcexchange.hub.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import uk.ehcexchange.model.AdviceType;

/**
 * Advice received for a council, as its inbox shows it.
 *
 * @param withinDeadline whether it arrived on or before {@code dueOn} (reg 8)
 * @param advice         the canonical HealthAdvice or SocialCareAssessment; present when one item is read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdviceResponse(
        String responseId,
        String requestId,
        String requestingCouncil,
        String responder,
        AdviceType adviceType,
        LocalDate receivedOn,
        LocalDate dueOn,
        boolean withinDeadline,
        Instant receivedAt,
        Instant acknowledgedAt,
        JsonNode advice) {

    @JsonProperty
    public String status() {
        return acknowledgedAt == null ? "DELIVERED" : "ACKNOWLEDGED";
    }

    AdviceResponse withoutDocument() {
        return new AdviceResponse(responseId, requestId, requestingCouncil, responder, adviceType, receivedOn, dueOn,
                withinDeadline, receivedAt, acknowledgedAt, null);
    }
}
