package uk.ehcexchange.hub.door.rest;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.advice.AdviceRequest;
import uk.ehcexchange.hub.advice.AdviceRequestStatus;
import uk.ehcexchange.hub.advice.AdviceResponse;
import uk.ehcexchange.hub.advice.AdviceService;
import uk.ehcexchange.hub.advice.NewAdviceRequest;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.SocialCareAssessment;

/**
 * Councils ask for advice; the parties asked answer in canonical JSON (or council XML, {@link CouncilXmlController};
 * trusts may use FHIR too).
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class AdviceRequestController {

    private final AdviceService advice;

    AdviceRequestController(AdviceService advice) {
        this.advice = advice;
    }

    @PostMapping(path = "/api/v1/councils/{council}/advice-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AdviceRequest> request(@PathVariable String council,
                                          @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                          @RequestBody NewAdviceRequest body, ClientIdentity client) {
        return ResponseEntity.status(HttpStatus.CREATED).body(advice.request(client, council, idempotencyKey, body));
    }

    @GetMapping("/api/v1/councils/{council}/advice-requests")
    List<AdviceRequest> requested(@PathVariable String council, ClientIdentity client) {
        return advice.requestedBy(client, council);
    }

    /** Either side of a request may read it: the council that asked and the party asked. */
    @GetMapping("/api/v1/advice-requests/{requestId}")
    AdviceRequest read(@PathVariable String requestId, ClientIdentity client) {
        return advice.find(client, requestId);
    }

    @PostMapping(path = "/api/v1/advice-requests/{requestId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    AdviceRequest changeStatus(@PathVariable String requestId, @RequestBody StatusChange body,
                               ClientIdentity client) {
        return advice.changeStatus(client, requestId, body.status());
    }

    /** The Idempotency-Key is the answer's message id: a resend returns the first answer. */
    @PostMapping(path = "/api/v1/advice-requests/{requestId}/health-advice",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AdviceResponse> answer(@PathVariable String requestId,
                                          @RequestHeader(IdempotentRequests.HEADER) String messageId,
                                          @RequestBody HealthAdvice body, ClientIdentity client) {
        return ResponseEntity.status(HttpStatus.CREATED).body(advice.answer(client, requestId, messageId, body));
    }

    @PostMapping(path = "/api/v1/advice-requests/{requestId}/social-care-assessment",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AdviceResponse> answer(@PathVariable String requestId,
                                          @RequestHeader(IdempotentRequests.HEADER) String messageId,
                                          @RequestBody SocialCareAssessment body, ClientIdentity client) {
        return ResponseEntity.status(HttpStatus.CREATED).body(advice.answer(client, requestId, messageId, body));
    }

    /** Advice of the kinds without a document of their own: a school's, an EP service's, the family's views. */
    @PostMapping(path = "/api/v1/advice-requests/{requestId}/advice", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AdviceResponse> answer(@PathVariable String requestId,
                                          @RequestHeader(IdempotentRequests.HEADER) String messageId,
                                          @RequestBody AdviceDocument body, ClientIdentity client) {
        return ResponseEntity.status(HttpStatus.CREATED).body(advice.answer(client, requestId, messageId, body));
    }

    record StatusChange(AdviceRequestStatus status) {
    }
}
