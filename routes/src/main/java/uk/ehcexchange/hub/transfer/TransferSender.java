package uk.ehcexchange.hub.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.document.ContentStore;
import uk.ehcexchange.hub.document.PlanDocumentRepository;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.transfer.pkg.DocumentParts;
import uk.ehcexchange.hub.transfer.pkg.PackageStore;
import uk.ehcexchange.hub.transfer.pkg.SecureTransferPackages;
import uk.ehcexchange.model.AdviceReceived;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.transfer.ChildIdentifiers;
import uk.ehcexchange.transfer.PartNames;
import uk.ehcexchange.transfer.PartRole;
import uk.ehcexchange.transfer.TransferManifestV1;

/** The sending side of a transfer: seals the plan and its section K documents into a package for the new council. */
@Component
public class TransferSender {

    private static final Logger log = LoggerFactory.getLogger(TransferSender.class);

    private final TransferLedger ledger;
    private final PlanRepository plans;
    private final PlanDocumentRepository documents;
    private final DeadlineRepository deadlines;
    private final SecureTransferPackages packages;
    private final PackageStore store;
    private final ObjectMapper json;
    private final Clock clock;
    private final ReceivedAdviceParts receivedAdvice;
    private final ContentStore content;

    public TransferSender(TransferLedger ledger, PlanRepository plans, PlanDocumentRepository documents,
                          DeadlineRepository deadlines, SecureTransferPackages packages, PackageStore store,
                          ObjectMapper json, Clock clock, ReceivedAdviceParts receivedAdvice, ContentStore content) {
        this.content = content;
        this.receivedAdvice = receivedAdvice;
        this.ledger = ledger;
        this.plans = plans;
        this.documents = documents;
        this.deadlines = deadlines;
        this.packages = packages;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The transfer's sealed package, sealed now if it has not been: a transfer already SENT keeps the very same bytes
     * for every attempt, because the receiver tells a repeat from a replay by their digest.
     */
    public Path seal(TransferLedger.Entry entry) throws IOException {
        String transferId = entry.transferId();
        Path sealed = store.outbound(transferId);
        if (entry.status() == TransferStatus.SENT && Files.exists(sealed)) {
            return sealed;
        }
        LocalDate today = LocalDate.now(clock);
        if (ledger.handedOverCase(transferId).isPresent()) {
            return sealAssessment(entry, sealed, today);
        }
        EhcPlan plan = json.readValue(plans.find(entry.planId()).orElseThrow().document(), EhcPlan.class);
        List<SecureTransferPackages.Document> parts = sectionKDocuments(plan);
        int sectionKParts = parts.size();
        parts.addAll(receivedAdvice.partsFor(entry.fromCouncil(), plan.planId(), plan.sections().k().advice().size()));
        TransferManifestV1 manifest = TransferManifestV1.withoutParts(UUID.fromString(transferId), entry.fromCouncil(),
                entry.toCouncil(), ChildIdentifiers.of(plan.child()), entry.planId(), entry.moveDate(),
                entry.awareOn(), today, deadlines.forTransfer(transferId), clock.instant());

        write(manifest, plan, parts, sealed);
        ledger.advance(transferId, EnumSet.of(TransferStatus.REQUESTED), TransferStatus.SENT, clock.instant(),
                "sealed for " + entry.toCouncil() + " with " + sectionKParts + " of "
                        + plan.sections().k().advice().size() + " section K documents and "
                        + (parts.size() - sectionKParts) + " parts of advice received through the hub");
        log.info("Transfer {} sealed for {} ({} bytes)", transferId, entry.toCouncil(), Files.size(sealed));
        return sealed;
    }

    /**
     * An assessment in progress: {@code assessment/request.json} (the request as recorded at export, with the list
     * of advice added now) and the advice answered for the case so far, numbered from 1; no plan.
     */
    private Path sealAssessment(TransferLedger.Entry entry, Path sealed, LocalDate today) throws IOException {
        String transferId = entry.transferId();
        AssessmentRequestDocument recorded = json.readValue(ledger.handOverDocument(transferId),
                AssessmentRequestDocument.class);
        String caseId = ledger.handedOverCase(transferId).orElseThrow();
        List<AssessmentRequestDocument.Advice> listed = new ArrayList<>();
        List<SecureTransferPackages.Document> advice = receivedAdvice.partsForCase(entry.fromCouncil(), caseId, listed);
        AssessmentRequestDocument request = new AssessmentRequestDocument(recorded.caseId(), recorded.receivedOn(),
                recorded.requestSource(), recorded.child(), recorded.steps(), listed);
        List<SecureTransferPackages.Document> parts = new ArrayList<>();
        parts.add(new SecureTransferPackages.Document(PartNames.ASSESSMENT_REQUEST, PartRole.ASSESSMENT_REQUEST,
                "application/json", content.store(new ByteArrayInputStream(json.writeValueAsBytes(request))).sha256()));
        parts.addAll(advice);
        TransferManifestV1 manifest = TransferManifestV1.assessmentWithoutParts(UUID.fromString(transferId),
                entry.fromCouncil(), entry.toCouncil(), identifiers(recorded), entry.moveDate(),
                entry.awareOn(), today, clock.instant());
        write(manifest, null, parts, sealed);
        ledger.advance(transferId, EnumSet.of(TransferStatus.REQUESTED), TransferStatus.SENT, clock.instant(),
                "sealed for " + entry.toCouncil() + ": the assessment request and " + listed.size()
                        + " pieces of advice received through the hub (" + advice.size() + " parts)");
        log.info("Assessment hand-over {} sealed for {} ({} bytes)", transferId, entry.toCouncil(), Files.size(sealed));
        return sealed;
    }

    /** The child's identifiers; the old council's case id when it recorded none (a request can come before any). */
    private static ChildIdentifiers identifiers(AssessmentRequestDocument request) {
        ChildIdentifiers of = ChildIdentifiers.of(request.child());
        boolean none = of.nhsNumber() == null && of.upn() == null && of.uln() == null
                && of.localCaseReference() == null;
        return none ? new ChildIdentifiers(null, null, null, request.caseId()) : of;
    }

    private void write(TransferManifestV1 manifest, EhcPlan plan, List<SecureTransferPackages.Document> parts,
                       Path sealed) throws IOException {
        // A name of its own: an attempt is the one way in (its delivery row is locked), but two writers of one
        // file would tear the package without a word, so they cannot share one even by mistake.
        Path partial = sealed.resolveSibling(sealed.getFileName() + "." + UUID.randomUUID() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            packages.seal(manifest, plan, parts, out);
        }
        Files.move(partial, sealed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The section K documents the council has uploaded, named by their position in section K. */
    private List<SecureTransferPackages.Document> sectionKDocuments(EhcPlan plan) {
        List<SecureTransferPackages.Document> parts = new ArrayList<>();
        List<AdviceReceived> advice = plan.sections().k().advice();
        for (int i = 0; i < advice.size(); i++) {
            String reference = advice.get(i).documentReference();
            if (reference == null) {
                continue;
            }
            int position = i + 1;
            documents.find(plan.planId(), reference).ifPresent(document -> parts.add(
                    new SecureTransferPackages.Document(DocumentParts.partName(position, reference, document.mediaType()),
                            DocumentParts.roleFor(document.mediaType()), document.mediaType(), document.sha256())));
        }
        return parts;
    }
}
