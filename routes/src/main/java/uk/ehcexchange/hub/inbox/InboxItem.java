package uk.ehcexchange.hub.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.ehcexchange.hub.transfer.AssessmentRequestDocument;
import uk.ehcexchange.transfer.TransferDeadline;
import uk.ehcexchange.model.EhcPlan;

/**
 * A transfer in a council's inbox. The list shows it without the plan; fetching one item includes the plan and
 * the documents that travelled with it.
 *
 * @param status       DELIVERED until the council's system acknowledges it, then ACKNOWLEDGED
 * @param kind         {@code ASSESSMENT} for the hand-over of an assessment in progress (no plan); absent for a plan
 * @param openedCaseId the case the council opened from an assessment hand-over, once it has
 * @param assessment   an assessment hand-over's request, child, steps so far and advice (fetching one item only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InboxItem(
        String transferId,
        String fromCouncil,
        String planId,
        LocalDate transferDate,
        Instant receivedAt,
        Instant acknowledgedAt,
        String status,
        List<TransferDeadline> deadlines,
        List<Document> documents,
        EhcPlan plan,
        String kind,
        String openedCaseId,
        AssessmentRequestDocument assessment) {

    /**
     * A document that travelled with the plan, stored by its SHA-256.
     *
     * @param reference the section K reference it answers to, when the part maps to one
     */
    public record Document(String partName, String reference, String mediaType, long size, String sha256) {
    }
}
