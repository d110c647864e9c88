package uk.ehcexchange.hub.storage;

import java.io.IOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.document.ContentJanitor;
import uk.ehcexchange.hub.document.ContentStore;
import uk.ehcexchange.hub.transfer.pkg.PackageStore;

/**
 * Deletes what a write left behind when it never committed (the process stopped, the transaction rolled back, the
 * request was refused after its attachments were stored): content files no record refers to, uploads never placed,
 * work files of packages. Only what is older than {@code ehc.retention.orphan-grace}, so that a write in progress
 * keeps its file; every content file deleted is audited.
 */
@Component
public class OrphanSweep {

    /** What one sweep deleted. */
    public record Swept(int contentFiles, int abandonedUploads, int packageWorkFiles) {
    }

    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

    private final ContentStore content;
    private final ContentJanitor janitor;
    private final PackageStore packages;
    private final RetentionProperties settings;

    public OrphanSweep(ContentStore content, ContentJanitor janitor, PackageStore packages,
                       RetentionProperties settings) {
        this.content = content;
        this.janitor = janitor;
        this.packages = packages;
        this.settings = settings;
    }

    public Swept sweep(Instant now) throws IOException {
        Instant cutoff = now.minus(settings.orphanGrace());
        int files = 0;
        for (String sha256 : content.storedBefore(cutoff)) {
            if (janitor.deleteIfUnreferenced(sha256, cutoff, ContentJanitor.Reason.ORPHAN)) {
                files++;
            }
        }
        Swept swept = new Swept(files, content.deleteAbandonedUploads(cutoff), packages.deleteAbandonedWork(cutoff));
        if (swept.contentFiles() + swept.abandonedUploads() + swept.packageWorkFiles() > 0) {
            log.info("Orphan sweep: deleted {} content files no record refers to, {} abandoned uploads and {} "
                    + "package work files, all from before {}", swept.contentFiles(), swept.abandonedUploads(),
                    swept.packageWorkFiles(), cutoff);
        }
        return swept;
    }
}
