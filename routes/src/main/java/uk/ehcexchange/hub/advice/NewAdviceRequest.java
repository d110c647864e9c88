package uk.ehcexchange.hub.advice;

import java.time.LocalDate;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Child;

/**
 * What a council sends to ask for advice.
 *
 * @param requestedOn the day the council asked; today when absent (a council may record a request made earlier)
 */
public record NewAdviceRequest(
        AdviceType adviceType,
        String recipient,
        Child child,
        String planId,
        String question,
        LocalDate requestedOn) {
}
