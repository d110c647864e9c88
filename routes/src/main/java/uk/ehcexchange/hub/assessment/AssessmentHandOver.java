package uk.ehcexchange.hub.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.Destination;
import uk.ehcexchange.hub.delivery.Outbox;
import uk.ehcexchange.hub.disclosure.Disclosures;
import uk.ehcexchange.hub.journey.JourneyCase;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.hub.transfer.AssessmentRequestDocument;
import uk.ehcexchange.hub.transfer.TransferLedger;

/**
 * The old council's side of an assessment moving with the family: the hand-over goes into the transfer ledger and
 * the outbox in the caller's transaction, so it is sent exactly when the export is recorded. From there it travels
 * as a plan transfer does (sealed, signed, encrypted, delivered with a signed receipt, to this hub's inbox or a
 * peer hub's), as a package of kind ASSESSMENT.
 */
@Component
class AssessmentHandOver {

    private final TransferLedger ledger;
    private final Outbox outbox;
    private final Disclosures disclosures;
    private final ObjectMapper json;
    private final Clock clock;

    AssessmentHandOver(TransferLedger ledger, Outbox outbox, Disclosures disclosures, ObjectMapper json, Clock clock) {
        this.disclosures = disclosures;
        this.ledger = ledger;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the hand-over of case {@code c} to {@code toCouncil} and schedules its delivery now; returns its
     * transfer id. The request is taken as it stands: received date, source, the child and every step so far (the
     * advice is added when the package is sealed). The old council learns of the move at the latest today.
     */
    String start(JourneyCase c, int requestSource, List<JourneyEvent> events, String toCouncil, LocalDate movedOn) {
        String transferId = UUID.randomUUID().toString();
        List<AssessmentRequestDocument.Step> steps = events.stream()
                .map(e -> new AssessmentRequestDocument.Step(e.kind(), e.occurredOn(), e.detail())).toList();
        AssessmentRequestDocument request = new AssessmentRequestDocument(c.caseId(), c.openedOn(), requestSource,
                c.child(), steps, List.of());
        // The basis of this disclosure is the new council's duty to continue the assessment (CFA 2014 s24; regs 5,
        // 10, 13): recorded and named in the audit trail in this transaction, like a reg 15 transfer's.
        disclosures.authoriseHandOver(c.council(), c.caseId(), c.council(), toCouncil, transferId);
        ledger.openHandOver(transferId, c.caseId(), c.council(), toCouncil, movedOn, LocalDate.now(clock),
                JsonDocuments.write(json, request), clock.instant());
        outbox.schedule(new Outbox.NewDelivery(DeliveryKind.TRANSFER, transferId, Destination.council(toCouncil),
                "TRANSFER " + transferId, null, clock.instant()));
        return transferId;
    }
}
