package uk.ehcexchange.security.wycheproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.AEADBadTagException;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.io.InvalidCipherTextIOException;
import org.bouncycastle.util.Arrays;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import uk.ehcexchange.security.cms.CmsPrimitives;
import uk.ehcexchange.security.wycheproof.Wycheproof.Vector;

/**
 * The reader's streaming AES-GCM decryption ({@code GcmDecryptingInputStream}) held to Project Wycheproof's
 * {@code aes_gcm_test.json}.
 * <p>
 * Applicable: every group with a 96-bit nonce and a 128-bit tag, for all three key sizes (197 vectors: 116 valid, 81
 * invalid). The hub's packages use only the 256-bit groups (the allow-list refuses AES-128/192-GCM before any
 * decryption), but the stream itself takes any AES key, so the 128- and 192-bit groups are held to the vectors too.
 * The stream is fed ciphertext||tag as the CMS parser feeds it, and the vector's AAD is written to the AAD buffer
 * when the ciphertext ends, which is when the CMS parser writes an AuthEnvelopedData's authAttrs there.
 * <ul>
 * <li>valid: the plaintext read equals {@code msg};</li>
 * <li>invalid: reading fails with the exception the reader classifies as {@code tampered-ciphertext}
 * ({@link InvalidCipherTextIOException} caused by {@link AEADBadTagException}), the reader has been handed not one
 * byte of plaintext before the failure (read a byte at a time), and every later read fails too.</li>
 * </ul>
 * Every other nonce length (0 to 2056 bits; 119 vectors, 113 of them valid GCM) is outside the package format's
 * allow-list: the stream must refuse such a nonce when it is created, before it reads anything, so these are checked
 * as refusals rather than decrypted. No tag length other than 128 bits occurs in the file (the stream takes no
 * other). The file has no {@code acceptable} vectors.
 * <p>
 * No plaintext before a failed tag holds here because every vector is shorter than one 32 KiB chunk: the stream holds
 * back a chunk and the last 16 bytes until it has the whole of a short input. Longer content is released before its
 * tag is checked (see the class's javadoc), which the package reader answers by having the caller spool and discard.
 */
class AesGcmWycheproofTest {

    private static final String FILE = "aes_gcm_test.json";
    private static final int NONCE_BITS = 96;
    private static final int TAG_BITS = 128;

    @TestFactory
    Stream<DynamicTest> validVectorsDecryptToTheMessage() {
        return applicable().filter(Vector::isValid).map(v -> Wycheproof.check(v, () -> {
            Reading reading = read(v, 7);

            assertThat(reading.failure()).as("decryption failure").isNull();
            assertThat(reading.plaintext()).isEqualTo(v.bytes("msg"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidVectorsAreRefusedBeforeAnyPlaintextIsReleased() {
        return applicable().filter(Vector::isInvalid).map(v -> Wycheproof.check(v, () -> {
            Reading reading = read(v, 1);

            assertThat(reading.failure()).as("decryption failure")
                    .isInstanceOf(InvalidCipherTextIOException.class)
                    .hasCauseInstanceOf(AEADBadTagException.class);
            assertThat(reading.plaintext()).as("plaintext released before the failure").isEmpty();
            assertThatThrownBy(() -> reading.stream().read(new byte[16]))
                    .as("a read after the failure").isInstanceOf(InvalidCipherTextIOException.class);
        }));
    }

    @TestFactory
    Stream<DynamicTest> otherNonceLengthsAreRefusedBeforeReadingAnything() {
        return all().filter(v -> v.groupInt("ivSize") != NONCE_BITS).map(v -> Wycheproof.check(v, () -> {
            CountingInputStream source = new CountingInputStream(ciphertextAndTag(v));

            assertThatThrownBy(() -> CmsPrimitives.gcmDecryption(source, key(v), v.bytes("iv"),
                    new ByteArrayOutputStream())).isInstanceOf(GeneralSecurityException.class);
            assertThat(source.bytesRead).isZero();
        }));
    }

    /** Guards against a changed file or filter quietly shrinking what is checked. */
    @Test
    void holdsTheExpectedNumberOfVectors() {
        List<Vector> applicable = applicable().toList();

        assertThat(applicable).filteredOn(Vector::isValid).hasSize(116);
        assertThat(applicable).filteredOn(Vector::isInvalid).hasSize(81);
        assertThat(applicable).filteredOn(v -> v.groupInt("keySize") == 256).hasSize(66);
        assertThat(applicable).filteredOn(Vector::isAcceptable).isEmpty();
        assertThat(all().filter(v -> v.groupInt("ivSize") != NONCE_BITS)).hasSize(119);
        assertThat(all().filter(v -> v.groupInt("tagSize") != TAG_BITS)).isEmpty();
    }

    private static Stream<Vector> all() {
        return Wycheproof.vectors(FILE).stream();
    }

    private static Stream<Vector> applicable() {
        return all().filter(v -> v.groupInt("ivSize") == NONCE_BITS && v.groupInt("tagSize") == TAG_BITS);
    }

    /** What the reader was handed, and how reading ended; the stream is left open for a further read. */
    private record Reading(byte[] plaintext, IOException failure, InputStream stream) {
    }

    private static Reading read(Vector v, int bufferBytes) throws GeneralSecurityException {
        ByteArrayOutputStream aad = new ByteArrayOutputStream();
        InputStream source = new AadAtEndInputStream(ciphertextAndTag(v), v.bytes("aad"), aad);
        InputStream stream = CmsPrimitives.gcmDecryption(source, key(v), v.bytes("iv"), aad);
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        byte[] buffer = new byte[bufferBytes];
        try {
            int n;
            while ((n = stream.read(buffer)) >= 0) {
                plaintext.write(buffer, 0, n);
            }
            return new Reading(plaintext.toByteArray(), null, stream);
        } catch (IOException e) {
            return new Reading(plaintext.toByteArray(), e, stream);
        }
    }

    private static InputStream ciphertextAndTag(Vector v) {
        return new ByteArrayInputStream(Arrays.concatenate(v.bytes("ct"), v.bytes("tag")));
    }

    private static SecretKeySpec key(Vector v) {
        return new SecretKeySpec(v.bytes("key"), "AES");
    }

    /** Writes the AAD to the decryptor's buffer when the ciphertext ends, as Bouncy Castle's CMS parser does. */
    private static final class AadAtEndInputStream extends FilterInputStream {

        private final byte[] aad;
        private final ByteArrayOutputStream sink;
        private boolean written;

        AadAtEndInputStream(InputStream in, byte[] aad, ByteArrayOutputStream sink) {
            super(in);
            this.aad = aad;
            this.sink = sink;
        }

        @Override
        public int read() throws IOException {
            return atEnd(super.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return atEnd(super.read(b, off, len));
        }

        private int atEnd(int n) {
            if (n < 0 && !written) {
                sink.writeBytes(aad);
                written = true;
            }
            return n;
        }
    }

    private static final class CountingInputStream extends FilterInputStream {

        long bytesRead;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            bytesRead += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            bytesRead += Math.max(n, 0);
            return n;
        }
    }
}
