package uk.ehcexchange.hub.transfer;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.PlanDates;
import uk.ehcexchange.statutory.Reg15Clock;
import uk.ehcexchange.statutory.StatutoryDate;
import uk.ehcexchange.transfer.TransferDeadline;
import uk.ehcexchange.transfer.DeadlineKind;

/** Applies reg 15 to a transfer, at its start and once the plan has been transferred. */
@Component
public class TransferDeadlines {

    private final Reg15Clock reg15;
    private final DeadlineRepository deadlines;
    private final ReviewDecisions reviewDecisions;

    public TransferDeadlines(Reg15Clock reg15, DeadlineRepository deadlines, ReviewDecisions reviewDecisions) {
        this.reg15 = reg15;
        this.deadlines = deadlines;
        this.reviewDecisions = reviewDecisions;
    }

    /** @throws uk.ehcexchange.statutory.OutsideCalendarException when the bank holiday list does not reach */
    public TransferDeadline transferBy(LocalDate moveDate, LocalDate awareOn) {
        return TransferDeadline.of(DeadlineKind.TRANSFER_BY, reg15.transferBy(moveDate, awareOn));
    }

    /**
     * The new council's duties run from the date of transfer: the family letter and the review. "The date the plan
     * was made or last reviewed" (reg 15(5)(a)) is the later of the plan document's dates and the latest review
     * decision the hub recorded for the plan, so a deadline never depends on a caller having updated
     * {@code dates.lastReviewed}; the rule text says which one was used.
     */
    public void recordOnTransfer(String transferId, EhcPlan plan, LocalDate transferDate) {
        deadlines.recordOnce(transferId, TransferDeadline.of(DeadlineKind.FAMILY_NOTIFICATION_BY,
                reg15.familyNotificationBy(transferDate)));
        deadlines.recordOnce(transferId, TransferDeadline.of(DeadlineKind.REVIEW_BY,
                reviewBy(plan, transferDate)));
    }

    private StatutoryDate reviewBy(EhcPlan plan, LocalDate transferDate) {
        PlanDates dates = plan.dates();
        LocalDate fromDocument = dates.lastReviewed() != null ? dates.lastReviewed() : dates.issued();
        String documentSays = dates.lastReviewed() != null ? "the plan's dates.lastReviewed (" + fromDocument + ")"
                : "the plan's dates.issued (" + fromDocument + "; no dates.lastReviewed)";
        Optional<LocalDate> decided = reviewDecisions.lastDecided(plan.planId(), transferDate);
        boolean hubLater = decided.isPresent() && decided.get().isAfter(fromDocument);
        LocalDate madeOrLastReviewed = hubLater ? decided.get() : fromDocument;
        String which = hubLater
                ? "made or last reviewed: " + madeOrLastReviewed + ", the latest review decision the hub recorded for"
                        + " this plan (later than " + documentSays + "); "
                : "made or last reviewed: " + madeOrLastReviewed + ", from " + documentSays
                        + decided.map(d -> " (the latest review decision the hub recorded, " + d + ", is not later)")
                                .orElse(" (the hub recorded no review decision for this plan)") + "; ";
        StatutoryDate due = reg15.reviewBy(madeOrLastReviewed, transferDate);
        return new StatutoryDate(due.date(), which + due.rule(), due.source());
    }
}
