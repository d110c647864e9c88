package uk.ehcexchange.hub.door.rest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.assessment.AssessmentService;
import uk.ehcexchange.hub.assessment.AssessmentSteps;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.journey.JourneyView;

/** A council's system records each step of an EHC needs assessment; every answer is the case's whole journey. */
@RestController
@RequestMapping(path = "/api/v1/councils/{council}", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
class AssessmentController {

    private static final String CASE = "/cases/{caseId}";

    private final AssessmentService assessments;

    AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/assessment-requests")
    ResponseEntity<JourneyView> request(@PathVariable String council,
                                        @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                        @RequestBody AssessmentSteps.Request body, ClientIdentity client) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(assessments.request(client, council, idempotencyKey, body));
    }

    @PostMapping(CASE + "/assessment-decision")
    JourneyView decide(@PathVariable String council, @PathVariable String caseId,
                       @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                       @RequestBody AssessmentSteps.Decision body, ClientIdentity client) {
        return assessments.decide(client, council, caseId, idempotencyKey, body);
    }

    @PostMapping(CASE + "/decision-not-to-issue")
    JourneyView noPlan(@PathVariable String council, @PathVariable String caseId,
                       @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                       @RequestBody AssessmentSteps.NoPlan body, ClientIdentity client) {
        return assessments.noPlan(client, council, caseId, idempotencyKey, body);
    }

    @PostMapping(CASE + "/draft-plan")
    JourneyView draft(@PathVariable String council, @PathVariable String caseId,
                      @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                      @RequestBody AssessmentSteps.Draft body, ClientIdentity client) {
        return assessments.draft(client, council, caseId, idempotencyKey, body);
    }

    @PostMapping(CASE + "/representations")
    JourneyView representations(@PathVariable String council, @PathVariable String caseId,
                                @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                @RequestBody AssessmentSteps.Representations body, ClientIdentity client) {
        return assessments.representations(client, council, caseId, idempotencyKey, body);
    }

    @PostMapping(CASE + "/final-plan")
    JourneyView finalPlan(@PathVariable String council, @PathVariable String caseId,
                          @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                          @RequestBody AssessmentSteps.FinalPlan body, ClientIdentity client) {
        return assessments.finalPlan(client, council, caseId, idempotencyKey, body);
    }

    @PostMapping(CASE + "/clock-exceptions")
    JourneyView clockException(@PathVariable String council, @PathVariable String caseId,
                               @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                               @RequestBody AssessmentSteps.AppliedException body, ClientIdentity client) {
        return assessments.recordException(client, council, caseId, idempotencyKey, body);
    }

    @PostMapping(CASE + "/export")
    JourneyView export(@PathVariable String council, @PathVariable String caseId,
                       @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                       @RequestBody AssessmentSteps.Export body, ClientIdentity client) {
        return assessments.export(client, council, caseId, idempotencyKey, body);
    }
}
