package uk.ehcexchange.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hub stores each clock's rule and source in columns of 2,000 and 200 characters (statutory_clock, V60); a
 * rule that grew past them would fail the insert of an otherwise valid journey step.
 */
class ClockTextLengthTest {

    @Test
    @DisplayName("every rule fits 2,000 characters and every source 200, on the longest wordings (bank holiday notes, clamped months)")
    void rulesAndSourcesFitTheJourneyTable() {
        WorkingDayCalendar calendar = WorkingDayCalendar.england();
        AssessmentClock assessment = new AssessmentClock(calendar);
        ReviewClock review = new ReviewClock(calendar);
        PhaseTransferClock phase = new PhaseTransferClock();
        LocalDate day = LocalDate.of(2026, 12, 14);
        List<StatutoryDate> all = new ArrayList<>(List.of(
                assessment.decideWhetherToAssessBy(LocalDate.of(2026, 2, 23)), assessment.adviceBy(day),
                assessment.decideNotToIssueBy(day), assessment.draftRepresentationsUntil(day),
                assessment.finalPlanBy(day), assessment.finalPlanAfterReassessmentBy(day),
                review.firstReviewBy(LocalDate.of(2024, 2, 29)), review.nextReviewBy(LocalDate.of(2026, 8, 31)),
                review.reviewAdviceBy(LocalDate.of(2026, 4, 20)), review.meetingNoticeBy(day),
                review.reviewReportBy(day), review.reviewDecisionBy(day), review.amendmentRepresentationsUntil(day),
                review.amendedFinalPlanBy(day), phase.post16AmendedPlanBy(LocalDate.of(2027, 7, 31)),
                phase.amendedPlanBy(PhaseTransfer.SECONDARY_TO_POST_16, 2015)));
        for (PhaseTransfer transfer : PhaseTransfer.values()) {
            all.add(phase.amendedPlanBy(transfer, 2029));
        }

        assertThat(all).allSatisfy(date -> {
            assertThat(date.rule()).hasSizeLessThanOrEqualTo(2000);
            assertThat(date.source()).hasSizeLessThanOrEqualTo(200);
        });
    }
}
