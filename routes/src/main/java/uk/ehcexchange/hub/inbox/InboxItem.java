package uk.ehcexchange.hub.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.ehcexchange.hub.transfer.Deadline;
import uk.ehcexchange.model.EhcPlan;

/**
 * A transfer in a council's inbox. The list shows it without the plan; fetching one item includes the plan.
 *
 * @param status DELIVERED until the council's system acknowledges it, then ACKNOWLEDGED
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
        List<Deadline> deadlines,
        EhcPlan plan) {
}
