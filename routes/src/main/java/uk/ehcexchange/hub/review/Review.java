package uk.ehcexchange.hub.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import uk.ehcexchange.hub.journey.ClockView;
import uk.ehcexchange.statutory.PhaseTransfer;

/**
 * A review of a plan at a council and where it stands: what the council recorded, the advice it asked for and,
 * from the case's journey, each clock with whether it was met.
 *
 * @param cycle       1 for the first review of the plan at this council, then 2, 3...
 * @param due         when this review had to be concluded by (s44, or reg 15(5) for a plan transferred in)
 * @param phaseTransferDue reg 18's fixed date for the amended plan, for a phase-transfer review
 * @param sen2        the SEN2 items (module 5) this review gives
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Review(String reviewId, String council, String planId, String caseId, int cycle, ReviewKind kind,
                     PhaseTransfer phaseTransfer, Integer transferYear, LocalDate proposedTransferOn, Due due,
                     Due phaseTransferDue, LocalDate invitedOn, LocalDate meetingOn, LocalDate heldOn,
                     LocalDate reportSentOn, ReviewOutcome outcome, LocalDate decidedOn, Integer ceaseReason,
                     Integer planVersionAtDecision, LocalDate amendmentsServedOn, LocalDate representationsReceivedOn,
                     Integer amendedPlanVersion, LocalDate amendedPlanIssuedOn, String status, Sen2 sen2,
                     List<ReviewAdviceRequest> adviceRequests, List<ClockView> clocks) {

    /** A statutory due date with the rule as applied and its source. */
    public record Due(LocalDate dueOn, String rule, String source) {
    }

    /**
     * SEN2 module 5 items: ReviewMeeting (5.4a), LastReview = the decision date (5.4b), ReviewOutcome (5.4c),
     * ReviewDraft = the day the proposed amendments were served (5.4d), PhaseTransferDueDate (5.6a),
     * PhaseTransferFinalDate (5.6b).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sen2(LocalDate reviewMeeting, LocalDate lastReview, String reviewOutcome, LocalDate reviewDraft,
                       LocalDate phaseTransferDueDate, LocalDate phaseTransferFinalDate) {
    }

    Review withParts(List<ReviewAdviceRequest> advice, List<ClockView> clockStates) {
        return new Review(reviewId, council, planId, caseId, cycle, kind, phaseTransfer, transferYear,
                proposedTransferOn, due, phaseTransferDue, invitedOn, meetingOn, heldOn, reportSentOn, outcome,
                decidedOn, ceaseReason, planVersionAtDecision, amendmentsServedOn, representationsReceivedOn,
                amendedPlanVersion, amendedPlanIssuedOn, status, sen2, advice, clockStates);
    }

    /** Concluded: the council has decided. A plan has at most one review that is not. */
    public boolean concluded() {
        return decidedOn != null;
    }
}
