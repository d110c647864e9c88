package uk.ehcexchange.hub.review;

import java.time.LocalDate;
import uk.ehcexchange.statutory.PhaseTransfer;

/**
 * A council schedules a review meeting.
 *
 * @param kind               ANNUAL (default) or PHASE_TRANSFER
 * @param phaseTransfer      for a phase-transfer review: which transfer (reg 18(1))
 * @param transferYear       the calendar year of the transfer (reg 18(1)); not for a post-16 transfer at another time
 * @param proposedTransferOn a post-16 transfer at any other time: the proposed transfer date (reg 18(2))
 * @param meetingOn          the day of the review meeting
 * @param invitedOn          the day the invitations (the meeting notice) went out; today when absent
 */
public record NewReview(ReviewKind kind, PhaseTransfer phaseTransfer, Integer transferYear,
                        LocalDate proposedTransferOn, LocalDate meetingOn, LocalDate invitedOn) {
}
