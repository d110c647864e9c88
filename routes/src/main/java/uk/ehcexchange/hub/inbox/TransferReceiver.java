package uk.ehcexchange.hub.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.transfer.TransferDeadlines;
import uk.ehcexchange.hub.transfer.pkg.PackageRejectedException;
import uk.ehcexchange.hub.transfer.pkg.TransferPackageCodec;
import uk.ehcexchange.model.transfer.TransferManifest;
import uk.ehcexchange.model.transfer.TransferPackage;
import uk.ehcexchange.model.transfer.TransferReceipt;
import uk.ehcexchange.model.validation.CanonicalValidator;
import uk.ehcexchange.model.validation.Violation;

/**
 * The receiving side of a transfer: checks a package, stores it in the new council's inbox once, and answers
 * with a receipt. Nothing from a rejected package is stored.
 */
@Component
public class TransferReceiver {

    public static final String TRANSFER_ID_HEADER = "EhcTransferId";
    private static final Logger log = LoggerFactory.getLogger(TransferReceiver.class);

    private final TransferPackageCodec codec;
    private final InboundTransferRepository inbound;
    private final TransferDeadlines deadlines;
    private final AuthorityDirectory directory;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;

    public TransferReceiver(TransferPackageCodec codec, InboundTransferRepository inbound, TransferDeadlines deadlines,
                            AuthorityDirectory directory, AuditRecorder audit, ObjectMapper json, Clock clock) {
        this.codec = codec;
        this.inbound = inbound;
        this.deadlines = deadlines;
        this.directory = directory;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public byte[] receive(byte[] sealed) throws IOException {
        TransferPackage transferPackage = codec.open(sealed);
        TransferManifest manifest = transferPackage.manifest();
        check(transferPackage);
        LocalDate today = LocalDate.now(clock);
        boolean stored = inbound.storeOnce(manifest, today, json.writeValueAsString(transferPackage), clock.instant());
        if (stored) {
            deadlines.recordOnTransfer(manifest.transferId(), transferPackage.plan(), today);
            audit.accepted("hub", "transfer.receive", manifest.transferId());
            log.info("Transfer {} stored in the inbox of {}", manifest.transferId(), manifest.toCouncil());
        } else {
            log.info("Transfer {} arrived again; already in the inbox", manifest.transferId());
        }
        LocalDate transferDate = inbound.find(manifest.transferId()).orElseThrow().transferDate();
        return receipt(new TransferReceipt(manifest.transferId(), manifest.toCouncil(),
                TransferReceipt.Disposition.DELIVERED, null, transferDate, clock.instant(), null, false));
    }

    /** The route's answer to a package that {@link #receive} refused. */
    public byte[] reject(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) PackageRejectedException rejection,
                         @Header(TRANSFER_ID_HEADER) String transferId) throws IOException {
        audit.rejected("hub", "transfer.receive", transferId, rejection.reasonCode());
        return receipt(new TransferReceipt(transferId, null, TransferReceipt.Disposition.REJECTED, null, null,
                clock.instant(), rejection.reasonCode(), false));
    }

    public byte[] receipt(TransferReceipt receipt) throws IOException {
        return json.writeValueAsBytes(receipt);
    }

    private void check(TransferPackage transferPackage) {
        TransferManifest manifest = transferPackage.manifest();
        if (manifest.transferId() == null || manifest.toCouncil() == null || manifest.fromCouncil() == null) {
            throw new PackageRejectedException("incomplete-manifest", "the manifest lacks an id or a council");
        }
        if (!directory.isCouncil(manifest.toCouncil())) {
            throw new PackageRejectedException("unknown-recipient", "the package is addressed to " + manifest.toCouncil()
                    + ", which this hub does not serve");
        }
        if (!manifest.fromCouncil().equals(transferPackage.plan().owningCouncil())
                || !manifest.planId().equals(transferPackage.plan().planId())) {
            throw new PackageRejectedException("manifest-mismatch", "the manifest does not describe the plan it carries");
        }
        List<Violation> violations = CanonicalValidator.validate(transferPackage.plan(), clock);
        if (!violations.isEmpty()) {
            throw new PackageRejectedException("invalid-plan", violations.get(0).field() + " " + violations.get(0).rule());
        }
    }
}
