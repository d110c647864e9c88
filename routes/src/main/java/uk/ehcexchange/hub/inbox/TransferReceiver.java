package uk.ehcexchange.hub.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.document.ContentReferences;
import uk.ehcexchange.hub.document.ContentStore;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.plan.PlanHandedOver;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.transfer.TransferDeadlines;
import uk.ehcexchange.hub.transfer.pkg.PackageStore;
import uk.ehcexchange.hub.transfer.pkg.SecureTransferPackages;
import uk.ehcexchange.hub.transfer.pkg.TransferRejectedException;
import uk.ehcexchange.model.transfer.TransferReceipt;
import uk.ehcexchange.model.validation.CanonicalValidator;
import uk.ehcexchange.model.validation.Violation;
import uk.ehcexchange.security.cms.ReceiptSigner;
import uk.ehcexchange.hub.transfer.AssessmentRequestDocument;
import uk.ehcexchange.transfer.ManifestPart;
import uk.ehcexchange.transfer.PackageKind;
import uk.ehcexchange.transfer.PartNames;
import uk.ehcexchange.transfer.PartRole;
import uk.ehcexchange.transfer.TransferManifestV1;

/**
 * The receiving side of a transfer: opens and checks a package, stores it in the new council's inbox once, and
 * answers with a receipt signed by the new council. Nothing from a rejected package is stored.
 */
@Component
public class TransferReceiver {

    private static final Logger log = LoggerFactory.getLogger(TransferReceiver.class);

    private final SecureTransferPackages packages;
    private final InboundTransferRepository inbound;
    private final ContentStore content;
    private final TransferDeadlines deadlines;
    private final PlanRepository plans;
    private final HubCredentials credentials;
    private final TransactionTemplate transaction;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ContentReferences references;

    public TransferReceiver(SecureTransferPackages packages, InboundTransferRepository inbound,
                            ContentStore content, TransferDeadlines deadlines, PlanRepository plans,
                            HubCredentials credentials, TransactionTemplate transaction, AuditRecorder audit,
                            ObjectMapper json, Clock clock, ApplicationEventPublisher events,
                            ContentReferences references) {
        this.references = references;
        this.events = events;
        this.plans = plans;
        this.packages = packages;
        this.inbound = inbound;
        this.content = content;
        this.deadlines = deadlines;
        this.credentials = credentials;
        this.transaction = transaction;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public byte[] receive(Path sealed, String transferId, String recipient) throws IOException {
        SecureTransferPackages.Opened opened = packages.open(sealed, recipient, clock.instant());
        try {
            TransferManifestV1 manifest = opened.manifest();
            AssessmentRequestDocument assessment = check(opened, transferId, recipient);
            Optional<String> earlier = inbound.packageSha256(transferId);
            if (earlier.isPresent()) {
                if (!earlier.get().equals(opened.sealedSha256())) {
                    throw new TransferRejectedException("replayed-package",
                            "a different package with id " + transferId + " was received before");
                }
                log.info("Transfer {} arrived again; already in the inbox", transferId);
            } else {
                store(opened, assessment);
                audit.accepted("hub", "transfer.receive", transferId);
                log.info("Transfer {} stored in the inbox of {}", transferId, recipient);
            }
            return signedReceipt(new TransferReceipt(transferId, recipient, TransferReceipt.Disposition.DELIVERED,
                    opened.sealedSha256(), manifest.transferDate(), clock.instant(), null,
                    credentials.demonstration()));
        } finally {
            PackageStore.deleteQuietly(opened.workFolder());
        }
    }

    /**
     * The answer to a package that {@link #receive} refused: a REJECTED receipt with the reason code, signed by the
     * recipient council (only a council served here is ever a recipient here).
     */
    public byte[] reject(TransferRejectedException rejection, String transferId, String recipient)
            throws IOException {
        audit.rejected("hub", "transfer.receive", transferId, rejection.reasonCode());
        return signedReceipt(new TransferReceipt(transferId, recipient, TransferReceipt.Disposition.REJECTED, null,
                null, clock.instant(), rejection.reasonCode(), credentials.demonstration()));
    }

    public byte[] signedReceipt(TransferReceipt receipt) throws IOException {
        return new ReceiptSigner().sign(json.writeValueAsBytes(receipt),
                credentials.tenant(receipt.recipientAuthority()).signer());
    }

    private void store(SecureTransferPackages.Opened opened, AssessmentRequestDocument assessment)
            throws IOException {
        TransferManifestV1 manifest = opened.manifest();
        List<ManifestPart> documents = manifest.parts().stream().filter(p -> p.role() != PartRole.PLAN).toList();
        List<ContentStore.Staged> staged = new ArrayList<>();
        try {
            for (ManifestPart part : documents) {
                try (InputStream in = Files.newInputStream(opened.parts().get(part.name()))) {
                    staged.add(content.stage(in));
                }
            }
            if (assessment == null) {
                storeRecords(opened, documents, staged);
            } else {
                storeAssessment(opened, assessment, documents, staged);
            }
        } finally {
            staged.forEach(ContentStore.Staged::close);
        }
    }

    /** The inbox rows, with the documents' content placed under its lock in the same transaction. */
    private void storeRecords(SecureTransferPackages.Opened opened, List<ManifestPart> documents,
                              List<ContentStore.Staged> staged) throws IOException {
        TransferManifestV1 manifest = opened.manifest();
        String stored = json.writeValueAsString(new StoredPackage(manifest, opened.plan()));
        String planDocument = json.writeValueAsString(opened.plan());
        String transferId = manifest.packageId().toString();
        transaction.executeWithoutResult(status -> {
            references.lock(staged.stream().map(ContentStore.Staged::sha256).toList());
            for (ContentStore.Staged document : staged) {
                place(document);
            }
            inbound.store(transferId, manifest.toAuthority(), manifest.fromAuthority(), manifest.planId(),
                    manifest.transferDate(), stored, opened.sealedSha256(), clock.instant());
            documents.forEach(part -> inbound.storeDocument(transferId, part));
            deadlines.recordOnTransfer(transferId, opened.plan(), manifest.transferDate());
            int version = plans.handOver(opened.plan(), planDocument, manifest.fromAuthority(),
                    manifest.toAuthority(), clock.instant());
            events.publishEvent(new PlanHandedOver(opened.plan(), version, planDocument, manifest.toAuthority()));
        });
    }

    /**
     * An assessment hand-over: its documents and the inbox row, nothing else. The new council opens its own case from
     * it (POST .../inbox/{transferId}/assessment-case) on the day it says it became responsible; no plan changes hands
     * and no reg 15 deadline applies.
     */
    private void storeAssessment(SecureTransferPackages.Opened opened, AssessmentRequestDocument assessment,
                                 List<ManifestPart> documents, List<ContentStore.Staged> staged) throws IOException {
        TransferManifestV1 manifest = opened.manifest();
        String stored = json.writeValueAsString(new StoredPackage(manifest, null, assessment));
        String transferId = manifest.packageId().toString();
        transaction.executeWithoutResult(status -> {
            references.lock(staged.stream().map(ContentStore.Staged::sha256).toList());
            for (ContentStore.Staged document : staged) {
                place(document);
            }
            inbound.storeHandOver(transferId, manifest.toAuthority(), manifest.fromAuthority(),
                    manifest.transferDate(), stored, opened.sealedSha256(), clock.instant());
            documents.forEach(part -> inbound.storeDocument(transferId, part));
        });
    }

    private void place(ContentStore.Staged staged) {
        try {
            content.place(staged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a received document", e);
        }
    }

    /** Checks the package beyond its container; returns the assessment request of an assessment package. */
    private AssessmentRequestDocument check(SecureTransferPackages.Opened opened, String transferId, String recipient) {
        TransferManifestV1 manifest = opened.manifest();
        if (!manifest.packageId().toString().equals(transferId) || !recipient.equals(manifest.toAuthority())) {
            throw new TransferRejectedException("manifest-mismatch",
                    "the manifest does not describe the transfer it was delivered as");
        }
        if (!opened.senderAuthority().equals(manifest.fromAuthority())) {
            throw new TransferRejectedException("signer-wrong-authority",
                    "signed by " + opened.senderAuthority() + " but claims to come from " + manifest.fromAuthority());
        }
        if (manifest.kindOrDefault() == PackageKind.ASSESSMENT) {
            return assessmentRequest(opened);
        }
        if (!manifest.fromAuthority().equals(opened.plan().owningCouncil())
                || !manifest.planId().equals(opened.plan().planId())) {
            throw new TransferRejectedException("manifest-mismatch", "the manifest does not describe the plan it carries");
        }
        List<Violation> violations = CanonicalValidator.validate(opened.plan(), clock);
        if (!violations.isEmpty()) {
            throw new TransferRejectedException("invalid-plan", violations.get(0).field() + " " + violations.get(0).rule());
        }
        return null;
    }

    /**
     * {@code assessment/request.json} read and checked: a SEN2 request source, a received date, a valid child, and
     * every advice it lists present in the package. The rejection names the part and field, never the content.
     */
    private AssessmentRequestDocument assessmentRequest(SecureTransferPackages.Opened opened) {
        AssessmentRequestDocument request;
        try {
            request = json.readValue(opened.parts().get(PartNames.ASSESSMENT_REQUEST).toFile(),
                    AssessmentRequestDocument.class);
        } catch (IOException e) {
            throw new TransferRejectedException("invalid-assessment-request",
                    PartNames.ASSESSMENT_REQUEST + " is not an assessment request document");
        }
        if (request.receivedOn() == null || request.requestSource() < 1 || request.requestSource() > 5
                || request.child() == null) {
            throw new TransferRejectedException("invalid-assessment-request", PartNames.ASSESSMENT_REQUEST
                    + ": receivedOn, requestSource (SEN2 1-5) and child are required");
        }
        List<Violation> violations = CanonicalValidator.validate(request.child(), clock);
        if (!violations.isEmpty()) {
            throw new TransferRejectedException("invalid-assessment-request", PartNames.ASSESSMENT_REQUEST + ": child."
                    + violations.get(0).field() + " " + violations.get(0).rule());
        }
        for (AssessmentRequestDocument.Advice advice : request.advice()) {
            if (advice.part() == null || !opened.parts().containsKey(advice.part())) {
                throw new TransferRejectedException("invalid-assessment-request", PartNames.ASSESSMENT_REQUEST
                        + ": advice names a part the package does not carry");
            }
        }
        return request;
    }
}
