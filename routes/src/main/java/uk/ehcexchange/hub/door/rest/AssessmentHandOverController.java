package uk.ehcexchange.hub.door.rest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.assessment.AssessmentSteps;
import uk.ehcexchange.hub.assessment.HandedOverAssessments;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.journey.JourneyView;

/** The new council opens its own assessment case from a hand-over in its inbox; the answer is the new case. */
@RestController
class AssessmentHandOverController {

    private final HandedOverAssessments handedOver;

    AssessmentHandOverController(HandedOverAssessments handedOver) {
        this.handedOver = handedOver;
    }

    @PostMapping(path = "/api/v1/councils/{council}/inbox/{transferId}/assessment-case",
            produces = MediaType.APPLICATION_JSON_VALUE, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JourneyView> openCase(@PathVariable String council, @PathVariable String transferId,
                                         @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                         @RequestBody AssessmentSteps.OpenFromHandOver body, ClientIdentity client) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(handedOver.openCase(client, council, transferId, idempotencyKey, body));
    }
}
