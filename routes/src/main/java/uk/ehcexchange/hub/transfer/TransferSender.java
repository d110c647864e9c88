package uk.ehcexchange.hub.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.document.PlanDocumentRepository;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.transfer.pkg.DocumentParts;
import uk.ehcexchange.hub.transfer.pkg.PackageStore;
import uk.ehcexchange.hub.transfer.pkg.SecureTransferPackages;
import uk.ehcexchange.model.AdviceReceived;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.transfer.ChildIdentifiers;
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
    private final HubCredentials credentials;
    private final ObjectMapper json;
    private final Clock clock;
    private final HubProperties.Transfers settings;
    private final ReceivedAdviceParts receivedAdvice;

    public TransferSender(TransferLedger ledger, PlanRepository plans, PlanDocumentRepository documents,
                          DeadlineRepository deadlines, SecureTransferPackages packages, PackageStore store,
                          HubCredentials credentials, ObjectMapper json, Clock clock, HubProperties properties,
                          ReceivedAdviceParts receivedAdvice) {
        this.receivedAdvice = receivedAdvice;
        this.credentials = credentials;
        this.ledger = ledger;
        this.plans = plans;
        this.documents = documents;
        this.deadlines = deadlines;
        this.packages = packages;
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.settings = properties.transfers();
    }

    /**
     * Seals the transfer's package to disk and returns the transfer id to pass on (the package itself stays on
     * disk), or null when there is nothing to send now: the transfer was delivered or rejected already and this is
     * a redelivered request, or the child has not moved yet and the outbox sweep will send it on the day of the
     * move. A transfer already SENT is sealed again, because the earlier send may not have reached the broker;
     * the receiver stores a package once, however often it arrives.
     */
    public String seal(String transferId) throws IOException {
        TransferLedger.Entry entry = ledger.find(transferId).orElse(null);
        if (entry == null || !EnumSet.of(TransferStatus.REQUESTED, TransferStatus.SENT).contains(entry.status())) {
            log.info("Transfer {} needs no sending (status {})", transferId, entry == null ? "unknown" : entry.status());
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (entry.moveDate().isAfter(today)) {
            log.info("Transfer {} waits for the move day {}", transferId, entry.moveDate());
            return null;
        }
        Path sealed = store.outbound(transferId);
        if (entry.status() == TransferStatus.SENT && Files.exists(sealed)) {
            // Send the very same bytes again: the receiver tells a redelivery from a replay by their digest.
            return transferId;
        }
        EhcPlan plan = json.readValue(plans.find(entry.planId()).orElseThrow().document(), EhcPlan.class);
        List<SecureTransferPackages.Document> parts = sectionKDocuments(plan);
        int sectionKParts = parts.size();
        parts.addAll(receivedAdvice.partsFor(entry.fromCouncil(), plan.planId(), plan.sections().k().advice().size()));
        TransferManifestV1 manifest = TransferManifestV1.withoutParts(UUID.fromString(transferId), entry.fromCouncil(),
                entry.toCouncil(), ChildIdentifiers.of(plan.child()), entry.planId(), entry.moveDate(),
                entry.awareOn(), today, deadlines.forTransfer(transferId), clock.instant());

        Path partial = sealed.resolveSibling(sealed.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            packages.seal(manifest, plan, parts, out);
        }
        Files.move(partial, sealed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ledger.advance(transferId, EnumSet.of(TransferStatus.REQUESTED), TransferStatus.SENT, clock.instant(),
                "sealed for " + entry.toCouncil() + " with " + sectionKParts + " of "
                        + plan.sections().k().advice().size() + " section K documents and "
                        + (parts.size() - sectionKParts) + " parts of advice received through the hub");
        log.info("Transfer {} sealed for {} ({} bytes)", transferId, entry.toCouncil(), Files.size(sealed));
        return transferId;
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

    public boolean servedHere(String council) {
        return credentials.serves(council);
    }

    public String recipientOf(String transferId) {
        return ledger.find(transferId).orElseThrow().toCouncil();
    }

    /** Transfers whose move day has come, and those whose hand-over to the broker failed when they arrived. */
    public List<String> due() {
        return ledger.dueButUnsent(LocalDate.now(clock), clock.instant().minus(settings.outboxSweepInterval()));
    }
}
