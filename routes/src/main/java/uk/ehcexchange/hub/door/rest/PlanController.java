package uk.ehcexchange.hub.door.rest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.model.EhcPlan;

@RestController
@RequestMapping(path = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    /** Submits a new plan (201) or replaces the council's existing one (200, next version). */
    @PutMapping(path = "/{planId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> submit(@PathVariable String planId,
                                  @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                  @RequestBody EhcPlan plan,
                                  ClientIdentity client) {
        return StoredResponses.of(plans.submit(client, planId, idempotencyKey, plan));
    }

    @GetMapping("/{planId}")
    String read(@PathVariable String planId,
                ClientIdentity client) {
        return plans.read(client, planId);
    }
}
