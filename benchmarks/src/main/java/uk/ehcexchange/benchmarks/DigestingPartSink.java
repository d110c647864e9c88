package uk.ehcexchange.benchmarks;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.ehcexchange.transfer.PartSink;

/**
 * A {@link PartSink} that keeps nothing but each part's SHA-256 and size: where the hub would spool a part to a file,
 * the benchmark hashes it, so every byte of every part is still touched once by the receiving side.
 */
final class DigestingPartSink implements PartSink {

    /** What one part hashed to. */
    record Digest(long size, String sha256) {
    }

    private final Map<String, Digest> digests = new LinkedHashMap<>();

    @Override
    public OutputStream open(String name) {
        MessageDigest sha256 = sha256();
        return new OutputStream() {
            private long size;

            @Override
            public void write(int b) {
                sha256.update((byte) b);
                size++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sha256.update(b, off, len);
                size += len;
            }

            @Override
            public void close() {
                digests.put(name, new Digest(size, HexFormat.of().formatHex(sha256.digest())));
            }
        };
    }

    /** Part name to digest, in the order the parts arrived. */
    Map<String, Digest> digests() {
        return Collections.unmodifiableMap(digests);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }
}
