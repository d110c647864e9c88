package uk.ehcexchange.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * @param annualAmount  pounds sterling per year, at most two decimal places
 * @param directPayment whether this part is paid to the family as a direct payment
 * @param outcomeIds    for a direct payment: the section E outcomes it is meant to meet (reg 12(1)(j))
 * @param needsMet      for a direct payment: the special educational needs (section B) it is meant to meet, in words,
 *                      since section B is prose without ids
 */
public record BudgetLine(FundingStream stream, BigDecimal annualAmount, boolean directPayment, String description,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> outcomeIds, String needsMet) {

    public BudgetLine {
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
    }

    public BudgetLine(FundingStream stream, BigDecimal annualAmount, boolean directPayment, String description) {
        this(stream, annualAmount, directPayment, description, List.of(), null);
    }
}
