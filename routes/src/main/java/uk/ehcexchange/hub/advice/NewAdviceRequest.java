package uk.ehcexchange.hub.advice;

import java.time.LocalDate;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Child;

/**
 * What a council sends to ask for advice.
 *
 * @param requestedOn   the day the council asked; today when absent (a council may record a request made earlier)
 * @param establishment for EDUCATIONAL and HEAD_TEACHER_OR_PRINCIPAL advice only, and required for them: the URN
 *                      (6 digits) or UKPRN (8 digits from 1) of the school or college asked; {@code recipient} is
 *                      then the LA code of the council that school works with on the hub
 * @param caseId        optional: the council's case of this child (an EHC needs assessment); asking then opens the
 *                      case's ADVICE clock and answering closes it, each recorded in the child's journey
 */
public record NewAdviceRequest(
        AdviceType adviceType,
        String recipient,
        Child child,
        String planId,
        String question,
        LocalDate requestedOn,
        String establishment,
        String caseId) {
}
