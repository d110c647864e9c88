package uk.ehcexchange.hub.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.support.FileAges;
import uk.ehcexchange.hub.support.Sha256;

/**
 * Files named by the SHA-256 of their content, under {@code <data-dir>/documents}. Content is streamed to a temp
 * file while it is digested and then moved into place, so a large upload never sits in memory and a half-written
 * file is never visible under a digest.
 *
 * <p>One file serves every row that names its digest, so a file is deleted only when no row refers to it
 * ({@link ContentJanitor}). A writer whose row will refer to a file stages the content first and places it while it
 * holds the digest's lock ({@link ContentReferences#lock}), in the transaction that writes its row; placing content
 * that is already there refreshes the file's time, which keeps the orphan sweep off it for its grace period.
 */
@Component
public class ContentStore {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public record Stored(String sha256, long size) {
    }

    /** Content streamed to a temp file and digested, not yet in place; closing deletes what was not placed. */
    public record Staged(String sha256, long size, Path temp) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A leftover upload holds nothing that was accepted; the orphan sweep removes it.
            }
        }
    }

    private final Path root;
    private final Path incoming;

    public ContentStore(HubProperties properties) {
        this.root = properties.dataDir().resolve("documents").toAbsolutePath();
        this.incoming = root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
    }

    /** Stages and places at once, for content no row will name (or whose row is checked under the lock later). */
    public Stored store(InputStream content) throws IOException {
        try (Staged staged = stage(content)) {
            place(staged);
            return new Stored(staged.sha256(), staged.size());
        }
    }

    public Staged stage(InputStream content) throws IOException {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest sha256 = Sha256.newDigest();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
                size = content.transferTo(out);
            }
            return new Staged(HexFormat.of().formatHex(sha256.digest()), size, temp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Puts staged content under its digest; if it is there already, refreshes its time instead. */
    public void place(Staged staged) throws IOException {
        Path target = path(staged.sha256());
        if (Files.exists(target) && touch(target)) {
            return;
        }
        try {
            Files.move(staged.temp(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            touch(target);
        }
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    public Path path(String sha256) {
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 digest");
        }
        return root.resolve(sha256);
    }

    public boolean exists(String sha256) {
        return Files.exists(path(sha256));
    }

    /** When the content was last placed, if it is here. */
    public Optional<Instant> storedAt(String sha256) throws IOException {
        try {
            return Optional.of(Files.getLastModifiedTime(path(sha256)).toInstant());
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
    }

    /** Deletes the file; false when it was gone already (another node deleted it first). */
    boolean delete(String sha256) throws IOException {
        return Files.deleteIfExists(path(sha256));
    }

    /** The digests of the files last placed before {@code cutoff}: candidates for the orphan sweep. */
    public List<String> storedBefore(Instant cutoff) throws IOException {
        List<String> digests = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (SHA256_HEX.matcher(name).matches() && FileAges.modifiedBefore(file, cutoff)) {
                    digests.add(name);
                }
            }
        }
        return digests;
    }

    /** Deletes uploads that were never placed (the process stopped while streaming one) from before {@code cutoff}. */
    public int deleteAbandonedUploads(Instant cutoff) throws IOException {
        int deleted = 0;
        try (Stream<Path> files = Files.list(incoming)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (FileAges.modifiedBefore(file, cutoff) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }


    /** False when the file vanished meanwhile (a deleter got there first), so the caller places its own copy. */
    private static boolean touch(Path target) throws IOException {
        try {
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return true;
        } catch (NoSuchFileException gone) {
            return false;
        }
    }
}
