package uk.ehcexchange.statutory;

import java.time.LocalDate;

/** STUB for helper review until helper clocks' library lands. */
public final class PhaseTransferClock {

    public StatutoryDate amendedPlanBy(PhaseTransfer transfer, int calendarYearOfTransfer) {
        if (transfer == PhaseTransfer.SECONDARY_TO_POST_16) {
            return new StatutoryDate(LocalDate.of(calendarYearOfTransfer, 3, 31), "31 March",
                    "SEND Regulations 2014, reg 18(1)(a)");
        }
        return new StatutoryDate(LocalDate.of(calendarYearOfTransfer, 2, 15), "15 February",
                "SEND Regulations 2014, reg 18(1)(b)");
    }

    public StatutoryDate post16AmendedPlanBy(LocalDate proposedTransfer) {
        return new StatutoryDate(proposedTransfer.minusMonths(5), "5 months before",
                "SEND Regulations 2014, reg 18(2)");
    }
}
