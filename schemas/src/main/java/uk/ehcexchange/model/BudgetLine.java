package uk.ehcexchange.model;

import java.math.BigDecimal;

/**
 * @param annualAmount  pounds sterling per year, at most two decimal places
 * @param directPayment whether this part is paid to the family as a direct payment
 */
public record BudgetLine(FundingStream stream, BigDecimal annualAmount, boolean directPayment, String description) {
}
