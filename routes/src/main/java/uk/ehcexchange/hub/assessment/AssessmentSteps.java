package uk.ehcexchange.hub.assessment;

import java.time.LocalDate;
import java.util.List;
import uk.ehcexchange.model.Child;

/**
 * What a council's system sends at each step of an EHC needs assessment. Each date is the day the thing happened,
 * as the council says; the hub refuses future dates and computes from them whether each deadline was met.
 */
public final class AssessmentSteps {

    private AssessmentSteps() {
    }

    /**
     * A request for an EHC needs assessment (s36(1)).
     *
     * @param requestSource SEN2 item 2.2: 1 young person or parent, 2 school or other education setting, 3 health
     *                      care professionals, 4 social care professionals, 5 other
     */
    public record Request(LocalDate receivedOn, Integer requestSource, Child child) {
    }

    /** The decision whether to assess, coded as SEN2 item 2.5 RequestOutcome: Y assess, N not, W withdrawn. */
    public record Decision(RequestOutcome outcome, LocalDate decidedOn) {
    }

    /** SEN2 RequestOutcome codes a council records through the hub (A is "not yet decided": no call at all). */
    public enum RequestOutcome {
        Y, N, W
    }

    /** After the assessment: the decision not to issue a plan, notified to the family on {@code notifiedOn}. */
    public record NoPlan(LocalDate notifiedOn) {
    }

    /** A draft plan served on the family, which opens their representation period (reg 13(1)). */
    public record Draft(LocalDate servedOn) {
    }

    /** The family's representations on the draft, received on {@code receivedOn}. */
    public record Representations(LocalDate receivedOn) {
    }

    /**
     * The final plan issued to the family, the named institution and the health body; {@code planId} is the plan as
     * the council submitted it to the hub (PUT /api/v1/plans/{planId}).
     */
    public record FinalPlan(LocalDate issuedOn, String planId) {
    }

    /**
     * An exception the regulations allow for a clock of the case (reg 5(4), 8(2), 10(4), 13(3)), with the council's
     * reason. It does not move the due date.
     *
     * @param clock     the clock kind, e.g. FINAL_PLAN
     * @param ref       the clock's ref when the case has several of that kind (advice), else absent
     * @param exception the statutory library's {@code ClockException}, e.g. EXCEPTIONAL_PERSONAL_CIRCUMSTANCES
     */
    public record AppliedException(String clock, String ref, String exception, String reason) {
    }

    /**
     * The child moved to another council's area before the assessment finished (SEN2 item 2.8 Exported): the new
     * council becomes responsible and starts its own clocks; this council's clocks are no longer its duty.
     *
     * @param toCouncil the DfE LA code of the council the child moved to
     * @param movedOn   the day the new council became responsible
     */
    public record Export(String toCouncil, LocalDate movedOn) {
    }

    /**
     * The new council opens its own case from an assessment hand-over in its inbox: the child and the request come
     * from the package, so the family tells it once.
     *
     * @param receivedOn the day this council became responsible for the child (CFA 2014 s24): its 6-, 16- and
     *                   20-week clocks run from it (regs 5, 10, 13)
     * @param reuse      the advice parts of the package it keeps (e.g. {@code advice/1-health-advice.json}); it
     *                   asks no one again for those (reg 6(4))
     */
    public record OpenFromHandOver(LocalDate receivedOn, List<String> reuse) {
    }
}
