package uk.ehcexchange.hub.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.support.Sha256;
import uk.ehcexchange.hub.config.HubProperties;

/**
 * Files named by the SHA-256 of their content, under {@code <data-dir>/documents}. Content is streamed to a temp
 * file while it is digested and then moved into place, so a large upload never sits in memory and a half-written
 * file is never visible under a digest.
 */
@Component
public class ContentStore {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public record Stored(String sha256, long size) {
    }

    private final Path root;

    public ContentStore(HubProperties properties) {
        this.root = properties.dataDir().resolve("documents").toAbsolutePath();
        try {
            Files.createDirectories(root.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
    }

    public Stored store(InputStream content) throws IOException {
        Path temp = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
        try {
            MessageDigest sha256 = Sha256.newDigest();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
                size = content.transferTo(out);
            }
            String digest = HexFormat.of().formatHex(sha256.digest());
            Path target = root.resolve(digest);
            if (!Files.exists(target)) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Stored(digest, size);
        } finally {
            Files.deleteIfExists(temp);
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
}
