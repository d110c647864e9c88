package uk.ehcexchange.hub.door.peering;

import static uk.ehcexchange.hub.peering.PeeringProtocol.PKCS7;
import static uk.ehcexchange.hub.peering.PeeringProtocol.RECIPIENT_HEADER;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.inbox.TransferReceiver;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.transfer.ReceiptRecorder;
import uk.ehcexchange.hub.transfer.pkg.PackageStore;
import uk.ehcexchange.hub.transfer.pkg.TransferRejectedException;
import uk.ehcexchange.security.PackageRejectedException;

/**
 * Where other hubs deliver packages for the councils served here, and send back receipts for packages sent from
 * here. A package is answered with the receiving council's signed receipt only once it is stored (or refused).
 */
@RestController
@RequestMapping("/peer/v1")
class PeerController {

    private final TransferReceiver receiver;
    private final ReceiptRecorder receipts;
    private final HubCredentials credentials;
    private final PackageStore store;

    PeerController(TransferReceiver receiver, ReceiptRecorder receipts, HubCredentials credentials,
                   PackageStore store) {
        this.receiver = receiver;
        this.receipts = receipts;
        this.credentials = credentials;
        this.store = store;
    }

    @PostMapping(path = "/packages/{transferId}", produces = PKCS7)
    ResponseEntity<byte[]> deliver(@PathVariable UUID transferId, @RequestHeader(RECIPIENT_HEADER) String recipient,
                                   InputStream body) throws IOException {
        if (!credentials.serves(recipient)) {
            throw RejectedException.of(Rejection.NOT_FOUND, RECIPIENT_HEADER, "served-here",
                    "this hub does not serve " + recipient, transferId.toString());
        }
        Path sealed = store.newInboundFile();
        try {
            try (OutputStream out = Files.newOutputStream(sealed)) {
                body.transferTo(out); // RequestSizeLimitFilter stops it at ehc.transfers.max-package-size
            }
            String id = transferId.toString();
            try {
                return pkcs7(HttpStatus.OK, receiver.receive(sealed, id, recipient));
            } catch (TransferRejectedException rejection) {
                return pkcs7(HttpStatus.UNPROCESSABLE_ENTITY, receiver.reject(rejection, id, recipient));
            }
        } finally {
            Files.deleteIfExists(sealed);
        }
    }

    @PostMapping(path = "/receipts/{transferId}", consumes = PKCS7)
    ResponseEntity<Void> receipt(@PathVariable UUID transferId, @RequestBody byte[] signedReceipt) throws IOException {
        try {
            receipts.record(signedReceipt, transferId.toString());
            return ResponseEntity.noContent().build();
        } catch (PackageRejectedException e) {
            throw RejectedException.of(Rejection.VALIDATION_FAILED, "body", e.reason().code(),
                    "the receipt does not verify", transferId.toString());
        }
    }

    private static ResponseEntity<byte[]> pkcs7(HttpStatus status, byte[] body) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(PKCS7)).body(body);
    }
}
