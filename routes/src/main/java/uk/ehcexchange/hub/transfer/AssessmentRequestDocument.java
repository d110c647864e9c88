package uk.ehcexchange.hub.transfer;

import java.time.LocalDate;
import java.util.List;
import uk.ehcexchange.model.Child;

/**
 * {@code assessment/request.json}, the request part of an assessment package (transfer-package-v1.md, "Assessment
 * packages"): what the new council needs to open its own case without asking the family again.
 *
 * @param caseId        the old council's case id, for correspondence between the two councils
 * @param receivedOn    the day the old council received the request (its 6/16/20-week clocks ran from it)
 * @param requestSource SEN2 item 2.2 RequestSource, 1-5
 * @param child         the child, as the old council recorded them
 * @param steps         the assessment's steps so far at the old council, oldest first (e.g. DECIDED_TO_ASSESS)
 * @param advice        the advice gathered so far, each naming the part of this package that holds it
 */
public record AssessmentRequestDocument(String caseId, LocalDate receivedOn, int requestSource, Child child,
                                        List<Step> steps, List<Advice> advice) {

    public AssessmentRequestDocument {
        steps = steps == null ? List.of() : List.copyOf(steps);
        advice = advice == null ? List.of() : List.copyOf(advice);
    }

    /** One step of the old council's journey; {@code detail} never holds personal data. */
    public record Step(String kind, LocalDate occurredOn, String detail) {
    }

    /**
     * One piece of advice answered through the hub.
     *
     * @param part       the package part holding it, e.g. {@code advice/1-health-advice.json}
     * @param adviceType the reg 6(1) kind, e.g. MEDICAL, PSYCHOLOGICAL
     * @param adviser    who gave it (the responding body's code)
     * @param receivedOn the day the old council received it
     */
    public record Advice(String part, String adviceType, String adviser, LocalDate receivedOn) {
    }
}
