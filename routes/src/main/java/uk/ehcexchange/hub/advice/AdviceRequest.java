package uk.ehcexchange.hub.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Child;

/**
 * A council's request for advice (reg 6) and where it stands.
 *
 * @param recipient     the ODS code of the ICB or trust asked for health advice, or the LA code of the council whose
 *                      team (social care, educational psychology) or school is asked; for the family's own views, the
 *                      requesting council itself, which records them
 * @param establishment for educational advice: the URN or UKPRN of the school or college asked; null otherwise
 * @param caseId        the child's case the request belongs to, if any: its ADVICE clock runs from asking to answer
 * @param dueOn      6 weeks from {@code requestedOn} (reg 8)
 * @param responseId the answer, once the request is completed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdviceRequest(
        String requestId,
        String requestingCouncil,
        AdviceType adviceType,
        String recipient,
        String establishment,
        Child child,
        String planId,
        String caseId,
        String question,
        LocalDate requestedOn,
        LocalDate dueOn,
        AdviceRequestStatus status,
        String responseId,
        Instant createdAt,
        Instant updatedAt) {

    public static final String DUE_RULE = "advice is due within 6 weeks of the council's request";
    public static final String DUE_SOURCE = "SEND Regulations 2014 reg 8";

    public static LocalDate dueOn(LocalDate requestedOn) {
        return requestedOn.plusWeeks(6);
    }
}
