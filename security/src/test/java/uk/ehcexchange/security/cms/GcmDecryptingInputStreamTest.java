package uk.ehcexchange.security.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.io.InvalidCipherTextIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known-answer tests against the JDK's own AES/GCM (which is the reference here: it buffers, but is correct), with
 * random keys, nonces and content, across the sizes where block and buffer boundaries fall; then every kind of
 * tampering, which must fail at the end of the stream.
 */
class GcmDecryptingInputStreamTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CHUNK = AuthEnvelopedSealer.CHUNK_BYTES;

    /** What the JDK's GCM made: ciphertext with the tag appended, under this key, nonce and AAD. */
    private record Sealed(SecretKey key, byte[] nonce, byte[] aad, byte[] plaintext, byte[] ciphertextAndTag) {

        static Sealed of(int plaintextBytes, int aadBytes) throws GeneralSecurityException {
            SecretKey key = new SecretKeySpec(random(32), "AES");
            byte[] nonce = random(12);
            byte[] aad = random(aadBytes);
            byte[] plaintext = random(plaintextBytes);
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            gcm.updateAAD(aad);
            return new Sealed(key, nonce, aad, plaintext, gcm.doFinal(plaintext));
        }

        Sealed withCiphertextAndTag(byte[] altered) {
            return new Sealed(key, nonce, aad, plaintext, altered);
        }

        Sealed withAad(byte[] altered) {
            return new Sealed(key, nonce, altered, plaintext, ciphertextAndTag);
        }
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 15, 16, 17, 31, 33, 1000, CHUNK - 17, CHUNK - 16, CHUNK - 1, CHUNK, CHUNK + 1,
            CHUNK + 16, CHUNK + 17, 3 * CHUNK + 5, (1 << 20) + 7})
    void decryptsWhatTheJdkEncrypted(int size) throws Exception {
        Sealed sealed = Sealed.of(size, 0);

        assertThat(decrypt(sealed, 8192)).isEqualTo(sealed.plaintext());
    }

    @ParameterizedTest(name = "{0} bytes, read 1 to 7 bytes at a time")
    @ValueSource(ints = {0, 1, 15, 16, 17, 100, 4099})
    void decryptsWhenTheSourceTricklesAndTheCallerReadsSmallPieces(int size) throws Exception {
        Sealed sealed = Sealed.of(size, 0);
        InputStream trickling = new TricklingInputStream(new ByteArrayInputStream(sealed.ciphertextAndTag()), null,
                null);
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        try (InputStream in = new GcmDecryptingInputStream(trickling, sealed.key(), sealed.nonce(),
                new ByteArrayOutputStream())) {
            byte[] buffer = new byte[7];
            int n;
            int ask = 1;
            while ((n = in.read(buffer, 0, ask)) >= 0) {
                plaintext.write(buffer, 0, n);
                ask = ask % 7 + 1;
            }
            assertThat(in.read()).isEqualTo(-1);
        }

        assertThat(plaintext.toByteArray()).isEqualTo(sealed.plaintext());
    }

    @Test
    void decryptsTenRandomKeysAndSizes() throws Exception {
        for (int i = 0; i < 10; i++) {
            Sealed sealed = Sealed.of(RANDOM.nextInt(200_000), 0);

            assertThat(decrypt(sealed, 1 + RANDOM.nextInt(70_000))).isEqualTo(sealed.plaintext());
        }
    }

    /** CMS authAttrs: given to the stream only when the ciphertext has been read, as Bouncy Castle's parser does. */
    @ParameterizedTest(name = "{0} bytes of AAD")
    @ValueSource(ints = {1, 15, 16, 17, 200})
    void authenticatesAdditionalDataThatArrivesAfterTheCiphertext(int aadBytes) throws Exception {
        for (int size : new int[] {0, 1, 16, 17, CHUNK + 3}) {
            Sealed sealed = Sealed.of(size, aadBytes);

            assertThat(decrypt(sealed, 4096)).as("%d bytes", size).isEqualTo(sealed.plaintext());
        }
    }

    @Test
    void rejectsAlteredAdditionalData() throws Exception {
        Sealed sealed = Sealed.of(100, 40);
        byte[] aad = sealed.aad().clone();
        aad[39] ^= 0x01;

        assertTagFailure(sealed.withAad(aad));
        assertTagFailure(sealed.withAad(Arrays.copyOf(sealed.aad(), 41)));
        assertTagFailure(sealed.withAad(new byte[0]));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 17, CHUNK + 1})
    void rejectsAlteredTag(int size) throws Exception {
        Sealed sealed = Sealed.of(size, 0);
        byte[] altered = sealed.ciphertextAndTag().clone();
        altered[altered.length - 1] ^= 0x01;

        assertTagFailure(sealed.withCiphertextAndTag(altered));
    }

    @ParameterizedTest(name = "bit flipped at byte {0}")
    @ValueSource(ints = {0, 1, 15, 16, CHUNK - 1, CHUNK, 2 * CHUNK + 100, 3 * CHUNK - 1})
    void rejectsAlteredCiphertext(int at) throws Exception {
        Sealed sealed = Sealed.of(3 * CHUNK, 0);
        byte[] altered = sealed.ciphertextAndTag().clone();
        altered[at] ^= 0x80;

        assertTagFailure(sealed.withCiphertextAndTag(altered));
    }

    @Test
    void rejectsTruncation() throws Exception {
        Sealed sealed = Sealed.of(CHUNK + 100, 0);
        byte[] whole = sealed.ciphertextAndTag();

        for (int length : new int[] {whole.length - 1, whole.length - 16, whole.length - 17, CHUNK, 16, 15, 1, 0}) {
            assertTagFailure(sealed.withCiphertextAndTag(Arrays.copyOf(whole, length)));
        }
    }

    @Test
    void rejectsExtraBytes() throws Exception {
        Sealed sealed = Sealed.of(1000, 0);

        assertTagFailure(sealed.withCiphertextAndTag(Arrays.copyOf(sealed.ciphertextAndTag(), 1001 + 16)));
    }

    @Test
    void rejectsTheWrongKeyAndTheWrongNonce() throws Exception {
        Sealed sealed = Sealed.of(500, 0);
        byte[] nonce = sealed.nonce().clone();
        nonce[11] ^= 0x01; // the last nonce byte sits next to the counter: a classic place for an off-by-one

        assertTagFailure(new Sealed(new SecretKeySpec(random(32), "AES"), sealed.nonce(), sealed.aad(),
                sealed.plaintext(), sealed.ciphertextAndTag()));
        assertTagFailure(new Sealed(sealed.key(), nonce, sealed.aad(), sealed.plaintext(),
                sealed.ciphertextAndTag()));
    }

    @Test
    void refusesNoncesOtherThan96Bits() {
        SecretKey key = new SecretKeySpec(random(32), "AES");

        for (int length : new int[] {8, 11, 13, 16}) {
            assertThatThrownBy(() -> new GcmDecryptingInputStream(InputStream.nullInputStream(), key,
                    new byte[length], new ByteArrayOutputStream())).isInstanceOf(GeneralSecurityException.class);
        }
    }

    @Test
    void keepsFailingAfterTheTagFailed() throws Exception {
        Sealed sealed = Sealed.of(10, 0);
        byte[] altered = sealed.ciphertextAndTag().clone();
        altered[0] ^= 0x01;
        InputStream in = new GcmDecryptingInputStream(new ByteArrayInputStream(altered), sealed.key(),
                sealed.nonce(), new ByteArrayOutputStream());

        assertThatThrownBy(in::readAllBytes).isInstanceOf(InvalidCipherTextIOException.class);
        assertThatThrownBy(in::read).isInstanceOf(InvalidCipherTextIOException.class);
        assertThatThrownBy(() -> in.read(new byte[10])).isInstanceOf(InvalidCipherTextIOException.class);
    }

    @Test
    void releasesPlaintextOnlyAsFarAsTheLastSixteenBytesBeforeTheEnd() throws Exception {
        Sealed sealed = Sealed.of(CHUNK * 2, 0);
        byte[] altered = sealed.ciphertextAndTag().clone();
        altered[altered.length - 1] ^= 0x01;
        GcmDecryptingInputStream in = new GcmDecryptingInputStream(new ByteArrayInputStream(altered), sealed.key(),
                sealed.nonce(), new ByteArrayOutputStream());

        byte[] first = in.readNBytes(CHUNK);

        // Streaming: plaintext comes out before the tag is known, which is why the reader spools and trusts nothing
        // until the end. The tag is only ever compared at the end.
        assertThat(first).isEqualTo(Arrays.copyOf(sealed.plaintext(), CHUNK));
        assertThat(in.verifiedTag()).isNull();
        assertThatThrownBy(in::readAllBytes).isInstanceOf(InvalidCipherTextIOException.class);
        assertThat(in.verifiedTag()).isNull();
    }

    @Test
    void exposesTheTagOnceVerified() throws Exception {
        Sealed sealed = Sealed.of(100, 0);
        byte[] all = sealed.ciphertextAndTag();
        GcmDecryptingInputStream in = new GcmDecryptingInputStream(new ByteArrayInputStream(all), sealed.key(),
                sealed.nonce(), new ByteArrayOutputStream());

        in.readAllBytes();

        assertThat(in.verifiedTag()).isEqualTo(Arrays.copyOfRange(all, all.length - 16, all.length));
    }

    private static void assertTagFailure(Sealed sealed) {
        Throwable thrown = catchThrowable(() -> decrypt(sealed, 4096));

        assertThat(thrown).isInstanceOf(InvalidCipherTextIOException.class)
                .hasCauseInstanceOf(AEADBadTagException.class);
        assertThat(SecurePackageReader.isTagFailure(thrown)).isTrue();
    }

    /** Reads to the end; the AAD is written only when the source reaches the end of the ciphertext. */
    private static byte[] decrypt(Sealed sealed, int readSize) throws Exception {
        byte[] all = sealed.ciphertextAndTag();
        int ciphertextBytes = Math.max(0, all.length - 16);
        ByteArrayOutputStream aad = new ByteArrayOutputStream();
        InputStream source = new TricklingInputStream(new ByteArrayInputStream(all), aad, sealed.aad(),
                ciphertextBytes, readSize);
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        try (InputStream in = new GcmDecryptingInputStream(source, sealed.key(), sealed.nonce(), aad)) {
            byte[] buffer = new byte[readSize];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                plaintext.write(buffer, 0, n);
            }
        }
        return plaintext.toByteArray();
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * Returns at most {@code maxRead} bytes per call (1 to 7 by default), and writes the AAD to its sink once the
     * first {@code aadAfter} bytes have been read, as Bouncy Castle's InputStreamWithMAC does with CMS authAttrs.
     */
    private static final class TricklingInputStream extends InputStream {

        private final InputStream in;
        private final ByteArrayOutputStream aadSink;
        private final byte[] aad;
        private final long aadAfter;
        private final int maxRead;
        private long read;
        private boolean aadWritten;
        private int next = 1;

        TricklingInputStream(InputStream in, ByteArrayOutputStream aadSink, byte[] aad) {
            this(in, aadSink, aad, 0, 0);
        }

        TricklingInputStream(InputStream in, ByteArrayOutputStream aadSink, byte[] aad, long aadAfter, int maxRead) {
            this.in = in;
            this.aadSink = aadSink;
            this.aad = aad;
            this.aadAfter = aadAfter;
            this.maxRead = maxRead;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (!aadWritten && read >= aadAfter && aadSink != null) {
                aadSink.write(aad);
                aadWritten = true;
            }
            int limit = maxRead > 0 ? maxRead : next;
            next = next % 7 + 1;
            long beforeAad = aadWritten || aadSink == null ? Long.MAX_VALUE : aadAfter - read;
            int n = in.read(b, off, (int) Math.min(Math.min(len, limit), beforeAad));
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
