package uk.ehcexchange.hub.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.document.ContentJanitor;
import uk.ehcexchange.hub.transfer.pkg.PackageStore;

/**
 * Deletes the stored bytes of deliveries acknowledged longer ago than {@code ehc.retention.delivered-content}: the
 * documents of received transfers, the attachments of advice and the sealed packages of sent transfers. Each
 * delivery is first marked purged (so a read answers 410 content-purged), then its files go once no other record
 * needs them, and each purge is audited by the delivery's id. A crash between the mark and the deletion leaves
 * files nothing refers to, which the orphan sweep removes.
 */
@Component
public class DeliveredContentRetention {

    /** What one run purged: deliveries marked, and content files deleted. */
    public record Purged(int receivedTransfers, int advice, int sentPackages, int files) {
    }

    private static final Logger log = LoggerFactory.getLogger(DeliveredContentRetention.class);

    private final DeliveredContent deliveries;
    private final ContentJanitor janitor;
    private final PackageStore packages;
    private final AuditRecorder audit;
    private final RetentionProperties settings;

    public DeliveredContentRetention(DeliveredContent deliveries, ContentJanitor janitor, PackageStore packages,
                                     AuditRecorder audit, RetentionProperties settings) {
        this.deliveries = deliveries;
        this.janitor = janitor;
        this.packages = packages;
        this.audit = audit;
        this.settings = settings;
    }

    public Purged purge(Instant now) throws IOException {
        Instant cutoff = now.minus(settings.deliveredContent());
        int[] files = {0};
        int transfers = purgeEach(deliveries.receivedTransfersAcknowledgedBefore(cutoff),
                deliveries::markReceivedTransferPurged, deliveries::receivedTransferDigests, now,
                "retention.purge.received-transfer", files);
        int advice = purgeEach(deliveries.adviceAcknowledgedBefore(cutoff), deliveries::markAdvicePurged,
                deliveries::adviceDigests, now, "retention.purge.advice", files);
        int sent = 0;
        for (String transferId : deliveries.sentTransfersFinishedBefore(cutoff)) {
            if (deliveries.markPackagePurged(transferId, now)) {
                Files.deleteIfExists(packages.outbound(transferId));
                audit.accepted("hub", "retention.purge.sent-package", transferId);
                sent++;
            }
        }
        Purged purged = new Purged(transfers, advice, sent, files[0]);
        if (transfers + advice + sent > 0) {
            log.info("Retention: purged the content of {} received transfers, {} advice and {} sent packages "
                    + "acknowledged before {} ({} content files deleted)", transfers, advice, sent, cutoff, files[0]);
        }
        return purged;
    }

    private int purgeEach(List<String> ids, BiPredicate<String, Instant> mark, Function<String, List<String>> digests,
                          Instant now, String action, int[] files) {
        int purged = 0;
        for (String id : ids) {
            // The mark commits first: from then on no read hands out the content, and no reference holds it.
            if (!mark.test(id, now)) {
                continue;
            }
            audit.accepted("hub", action, id);
            purged++;
            for (String sha256 : digests.apply(id)) {
                if (janitor.deleteIfUnreferenced(sha256, null, ContentJanitor.Reason.RETENTION)) {
                    files[0]++;
                }
            }
        }
        return purged;
    }
}
