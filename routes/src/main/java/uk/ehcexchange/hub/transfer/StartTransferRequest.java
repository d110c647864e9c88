package uk.ehcexchange.hub.transfer;

import java.time.LocalDate;

/**
 * The old council's request to transfer a plan. The child is the plan's child: the plan names them.
 *
 * @param awareOn the day the old council became aware of the move; starts the reg 15 clock
 */
public record StartTransferRequest(String planId, String fromCouncil, String toCouncil, LocalDate moveDate,
                                   LocalDate awareOn) {
}
