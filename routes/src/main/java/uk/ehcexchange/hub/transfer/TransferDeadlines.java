package uk.ehcexchange.hub.transfer;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.PlanDates;
import uk.ehcexchange.statutory.Reg15Clock;
import uk.ehcexchange.transfer.TransferDeadline;
import uk.ehcexchange.transfer.DeadlineKind;

/** Applies reg 15 to a transfer, at its start and once the plan has been transferred. */
@Component
public class TransferDeadlines {

    private final Reg15Clock reg15;
    private final DeadlineRepository deadlines;

    public TransferDeadlines(Reg15Clock reg15, DeadlineRepository deadlines) {
        this.reg15 = reg15;
        this.deadlines = deadlines;
    }

    /** @throws uk.ehcexchange.statutory.OutsideCalendarException when the bank holiday list does not reach */
    public TransferDeadline transferBy(LocalDate moveDate, LocalDate awareOn) {
        return TransferDeadline.of(DeadlineKind.TRANSFER_BY, reg15.transferBy(moveDate, awareOn));
    }

    /** The new council's duties run from the date of transfer: the family letter and the review. */
    public void recordOnTransfer(String transferId, EhcPlan plan, LocalDate transferDate) {
        deadlines.recordOnce(transferId, TransferDeadline.of(DeadlineKind.FAMILY_NOTIFICATION_BY,
                reg15.familyNotificationBy(transferDate)));
        deadlines.recordOnce(transferId, TransferDeadline.of(DeadlineKind.REVIEW_BY,
                reg15.reviewBy(madeOrLastReviewed(plan.dates()), transferDate)));
    }

    private static LocalDate madeOrLastReviewed(PlanDates dates) {
        return dates.lastReviewed() != null ? dates.lastReviewed() : dates.issued();
    }
}
