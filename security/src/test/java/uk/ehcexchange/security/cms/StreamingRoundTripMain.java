package uk.ehcexchange.security.cms;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;

import uk.ehcexchange.security.TestPki;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;

/**
 * Run in a child JVM with a small heap (-Xmx64m) by {@link StreamingTest}: seals and opens a generated payload of
 * the given size through files. If any layer held the whole payload in memory, this would die of OutOfMemoryError.
 * Exits 0 only when the opened content's SHA-256 matches the generated content's.
 */
public final class StreamingRoundTripMain {

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        Path dir = Path.of(args[1]);
        TestPki pki = new TestPki();
        IssuedCredential sender = pki.issue(TestPki.SENDER, KeyAlgorithm.EC_P256);
        IssuedCredential receiver = pki.issue(TestPki.RECEIVER, KeyAlgorithm.EC_P256);
        Path sealed = dir.resolve("package-" + size + ".cms");

        long start = System.nanoTime();
        MessageDigest written = MessageDigest.getInstance("SHA-256");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(sealed));
             OutputStream plain = new SecurePackageWriter().open(file, sender.signingIdentity(),
                     receiver.certificate())) {
            byte[] block = new byte[64 * 1024];
            for (long done = 0; done < size; done += block.length) {
                Arrays.fill(block, (byte) (done >>> 16)); // varies per block, cheap to generate
                int n = (int) Math.min(block.length, size - done);
                written.update(block, 0, n);
                plain.write(block, 0, n);
            }
        }
        long sealedAt = System.nanoTime();
        VerifiedPackage verified;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(sealed))) {
            verified = new SecurePackageReader(pki.trustStore(), size + 1024 * 1024)
                    .read(in, receiver.decryptionIdentity(), TestPki.SENDER, Instant.now(),
                            OutputStream.nullOutputStream());
        }
        long openedAt = System.nanoTime();
        boolean match = MessageDigest.isEqual(written.digest(), verified.contentSha256());
        System.out.printf("size=%d sealedBytes=%d seal=%dms open=%dms maxHeap=%dMB match=%s%n", size,
                Files.size(sealed), (sealedAt - start) / 1_000_000, (openedAt - sealedAt) / 1_000_000,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), match);
        Files.delete(sealed);
        System.exit(match ? 0 : 1);
    }
}
