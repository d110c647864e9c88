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
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.placement.NewPlacement;
import uk.ehcexchange.hub.placement.PlacementInboxItem;
import uk.ehcexchange.hub.placement.PlacementNotification;
import uk.ehcexchange.hub.placement.PlacementService;
import uk.ehcexchange.model.AuthorityKind;

/** Placing councils notify; host councils and ICBs read their placement inbox (each its own). */
@RestController
class PlacementController {


    private final PlacementService placements;

    PlacementController(PlacementService placements) {
        this.placements = placements;
    }

    @PostMapping(path = "/api/v1/placement-notifications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlacementNotification> notify(@RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                                 @RequestBody NewPlacement body, ClientIdentity client) {
        return ResponseEntity.status(HttpStatus.CREATED).body(placements.notify(client, idempotencyKey, body));
    }

    @GetMapping(path = "/api/v1/councils/{authority}/inbox/placements", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PlacementInboxItem> councilInbox(@PathVariable String authority, ClientIdentity client) {
        return placements.inbox(client, AuthorityKind.COUNCIL, authority);
    }

    @GetMapping(path = "/api/v1/icbs/{authority}/inbox/placements", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PlacementInboxItem> icbInbox(@PathVariable String authority, ClientIdentity client) {
        return placements.inbox(client, AuthorityKind.ICB, authority);
    }

    @GetMapping(path = "/api/v1/councils/{authority}/inbox/placements/{notificationId}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    PlacementInboxItem readForCouncil(@PathVariable String authority, @PathVariable String notificationId,
                                      ClientIdentity client) {
        return placements.read(client, AuthorityKind.COUNCIL, authority, notificationId);
    }

    @GetMapping(path = "/api/v1/icbs/{authority}/inbox/placements/{notificationId}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    PlacementInboxItem readForIcb(@PathVariable String authority, @PathVariable String notificationId,
                                  ClientIdentity client) {
        return placements.read(client, AuthorityKind.ICB, authority, notificationId);
    }

    @PostMapping(path = "/api/v1/councils/{authority}/inbox/placements/{notificationId}/acknowledgement",
            produces = MediaType.APPLICATION_JSON_VALUE)
    PlacementInboxItem acknowledgeForCouncil(@PathVariable String authority, @PathVariable String notificationId,
                                             ClientIdentity client) {
        return placements.acknowledge(client, AuthorityKind.COUNCIL, authority, notificationId);
    }

    @PostMapping(path = "/api/v1/icbs/{authority}/inbox/placements/{notificationId}/acknowledgement",
            produces = MediaType.APPLICATION_JSON_VALUE)
    PlacementInboxItem acknowledgeForIcb(@PathVariable String authority, @PathVariable String notificationId,
                                         ClientIdentity client) {
        return placements.acknowledge(client, AuthorityKind.ICB, authority, notificationId);
    }
}
