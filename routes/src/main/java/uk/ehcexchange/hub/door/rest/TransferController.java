package uk.ehcexchange.hub.door.rest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.transfer.StartTransferRequest;
import uk.ehcexchange.hub.transfer.TransferService;
import uk.ehcexchange.hub.transfer.TransferView;

@RestController
@RequestMapping(path = "/api/v1/transfers", produces = MediaType.APPLICATION_JSON_VALUE)
class TransferController {

    private final TransferService transfers;

    TransferController(TransferService transfers) {
        this.transfers = transfers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> start(@RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                 @RequestBody StartTransferRequest request,
                                 ClientIdentity client) {
        return StoredResponses.of(transfers.start(client, idempotencyKey, request));
    }

    @GetMapping("/{transferId}")
    TransferView read(@PathVariable String transferId,
                      ClientIdentity client) {
        return transfers.read(client, transferId);
    }
}
