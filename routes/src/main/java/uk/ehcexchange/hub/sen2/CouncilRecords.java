package uk.ehcexchange.hub.sen2;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ehcexchange.hub.review.Review;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.EhcPlan;

/**
 * What the hub holds about one council that its SEN2 return is made from, read in a handful of queries (one per
 * table) so a council of any size is read in bulk rather than child by child.
 *
 * @param plans        the plans the council maintains (owning council), by plan id, drafts excluded
 * @param cases        the council's statutory-journey cases (one request chain each)
 * @param events       the SEN2-relevant journey events of those cases, by case id, oldest first
 * @param exceptions   the cases with an exception recorded against the 20-week clock (reg 13(3)) or the 16-week one
 *                     (reg 10(4)): SEN2 Week20 = 1
 * @param reviews      the council's reviews, by plan id, oldest cycle first
 * @param transfersOut plans the council transferred to another council (reg 15), delivered, by plan id
 * @param transfersIn  plans transferred to the council, by plan id
 */
record CouncilRecords(String council, Map<String, StoredPlan> plans, List<CaseRow> cases,
                      Map<String, List<EventRow>> events, Set<String> exceptions, Map<String, List<Review>> reviews,
                      Map<String, TransferOut> transfersOut, Map<String, TransferIn> transfersIn) {

    /** A plan as stored, with the day the hub stored its current version (the cease day of a plan ceased by update). */
    record StoredPlan(EhcPlan plan, LocalDate storedOn) {
    }

    record CaseRow(String caseId, Child child, String planId, LocalDate openedOn, String status,
                   LocalDate receivedOn, Integer requestSource, String exportedTo) {
    }

    record EventRow(String kind, LocalDate on, String ref) {
    }

    record TransferOut(EhcPlan plan, String toCouncil, LocalDate transferDate) {
    }

    record TransferIn(String fromCouncil, LocalDate transferDate) {
    }
}
