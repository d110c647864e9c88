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
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.disclosure.DisclosureBasis;
import uk.ehcexchange.hub.disclosure.DisclosureBasisService;
import uk.ehcexchange.hub.disclosure.NewDisclosureBasis;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;

/** The council that holds a plan records, lists and withdraws the bases on which it may be disclosed (reg 17). */
@RestController
class DisclosureBasisController {

    private static final String BASES = "/api/v1/plans/{planId}/disclosure-bases";

    private final DisclosureBasisService bases;

    DisclosureBasisController(DisclosureBasisService bases) {
        this.bases = bases;
    }

    @PostMapping(path = BASES, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DisclosureBasis> record(@PathVariable String planId,
                                           @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                           @RequestBody NewDisclosureBasis body, ClientIdentity client) {
        return ResponseEntity.status(HttpStatus.CREATED).body(bases.record(client, planId, idempotencyKey, body));
    }

    @GetMapping(path = BASES, produces = MediaType.APPLICATION_JSON_VALUE)
    List<DisclosureBasis> list(@PathVariable String planId, ClientIdentity client) {
        return bases.list(client, planId);
    }

    @PostMapping(path = BASES + "/{basisId}/withdrawal", produces = MediaType.APPLICATION_JSON_VALUE)
    DisclosureBasis withdraw(@PathVariable String planId, @PathVariable String basisId, ClientIdentity client) {
        return bases.withdraw(client, planId, basisId);
    }
}
