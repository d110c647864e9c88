package uk.ehcexchange.adapters.sen2;

import java.time.LocalDate;
import java.util.List;

/**
 * Module 5: a plan active on the census day.
 *
 * @param transferLa            item 5.1: the LA the plan was transferred in from (reg 15) in the period
 * @param placements            item 5.7, one or two
 * @param needs                 item 5.8, one or two, ranked
 * @param reviewMeeting         item 5.4a: the annual review meeting in the period
 * @param reviewOutcome         item 5.4c: M, A or C
 * @param reviewDraft           item 5.4d: the draft amended plan issued after the review
 * @param phaseTransferDueDate  item 5.6a: the reg 18 deadline for the amended plan
 * @param phaseTransferFinalDate item 5.6b: the phase-transfer review's final plan
 * @param lastReview            item 5.4b: the annual review decision date
 */
public record Sen2ActivePlan(String transferLa, List<Sen2Placement> placements, List<Sen2Need> needs,
                             LocalDate reviewMeeting, String reviewOutcome, LocalDate reviewDraft,
                             LocalDate phaseTransferDueDate, LocalDate phaseTransferFinalDate, LocalDate lastReview) {

    public Sen2ActivePlan {
        placements = placements == null ? List.of() : List.copyOf(placements);
        needs = needs == null ? List.of() : List.copyOf(needs);
    }
}
