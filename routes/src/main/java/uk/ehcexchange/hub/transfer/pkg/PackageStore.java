package uk.ehcexchange.hub.transfer.pkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.support.FileAges;

/**
 * Sealed packages on disk under {@code <data-dir>/packages}. The broker carries only a transfer's id (a claim
 * check): a 100 MB package never becomes a message in memory.
 */
@Component
public class PackageStore {

    private final Path outbound;
    private final Path work;

    public PackageStore(HubProperties properties) {
        Path root = properties.dataDir().resolve("packages").toAbsolutePath();
        this.outbound = root.resolve("outbound");
        this.work = root.resolve("work");
        try {
            Files.createDirectories(outbound);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
    }

    /** The sealed package of a transfer this hub sends. */
    public Path outbound(String transferId) {
        return outbound.resolve(transferId + ".p7m");
    }

    /** A fresh file to receive a package another hub delivers; the caller deletes it when done. */
    public Path newInboundFile() throws IOException {
        return Files.createTempFile(work, "inbound-", ".p7m");
    }

    /** A fresh folder for opening one package; the caller deletes it when done. */
    public Path newWorkFolder() throws IOException {
        return Files.createTempDirectory(work, "open-");
    }

    /**
     * Deletes work files and folders, and half-written outbound packages, from before {@code cutoff}: what a process
     * that stopped in the middle of opening or sealing a package left. Returns how many entries went.
     */
    public int deleteAbandonedWork(Instant cutoff) throws IOException {
        List<Path> candidates = new ArrayList<>(list(work));
        list(outbound).stream().filter(p -> p.getFileName().toString().endsWith(".partial")).forEach(candidates::add);
        int deleted = 0;
        for (Path entry : candidates) {
            if (FileAges.modifiedBefore(entry, cutoff)) {
                deleteQuietly(entry);
                deleted++;
            }
        }
        return deleted;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }


    public static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Leftover work files hold nothing that was accepted; the next start's clean-up may remove them.
        }
    }
}
