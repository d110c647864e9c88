package uk.ehcexchange.security.cms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

import org.bouncycastle.crypto.io.InvalidCipherTextIOException;
import org.bouncycastle.crypto.modes.gcm.BasicGCMExponentiator;
import org.bouncycastle.crypto.modes.gcm.GCMUtil;
import org.bouncycastle.crypto.modes.gcm.Tables4kGCMMultiplier;
import org.bouncycastle.util.Pack;

/**
 * Streaming AES-GCM decryption (NIST SP 800-38D) on the JDK's AES and GHASH, which use the CPU's AES and carry-less
 * multiply instructions. Reads the ciphertext followed by the 16-byte tag and returns the plaintext as it goes,
 * holding back only the last 16 bytes; the tag is checked when the input ends, and a mismatch is thrown from that
 * {@code read} (and from every later one) as an {@link InvalidCipherTextIOException} caused by an
 * {@link AEADBadTagException}, as Bouncy Castle's cipher streams report it. Like any streaming AEAD decryption, it
 * releases plaintext <em>before</em> the tag is checked: the caller must not trust anything until it has read to the
 * end without an exception.
 * <p>
 * Why not the JDK's AES/GCM decryption: it holds the whole ciphertext in memory until {@code doFinal}. Bouncy
 * Castle's GCM streams but is pure Java (about 15 ms per MiB, against well under 1 ms here). So the plaintext comes
 * from AES-CTR starting at the counter block after J0 (for a 96-bit nonce, J0 = nonce || 0x00000001, so the first
 * counter is nonce || 0x00000002), and the tag is recomputed by <em>encrypting that plaintext again</em> with the
 * JDK's AES/GCM under the same key and nonce, which streams when encrypting. Re-encryption produces the very same
 * ciphertext (GCM encryption is the same CTR keystream XORed in), so the tag it computes is the GCM tag over the
 * received ciphertext; the re-encrypted bytes are discarded. Nothing new is ever output under the key and nonce, so
 * the nonce-reuse hazards of GCM do not arise. Any mismatch between the two keystreams (a wrong counter, say) can only
 * produce a different ciphertext and so a failed tag: the construction fails closed.
 * <p>
 * Additional authenticated data (CMS AuthEnvelopedData authAttrs) arrives only <em>after</em> the ciphertext in a
 * CMS stream, and the JDK's GCM accepts AAD only before it. Bouncy Castle's CMS parser writes it to the
 * {@code additionalData} buffer at the end of the ciphertext; as GHASH is linear, its contribution is then added to
 * the tag computed without it: tag(A, C) = tag(empty, C) xor (GHASH-of-A-blocks * H^c xor (bitlen(A) || 0^64)) * H,
 * where c is the number of ciphertext blocks and H = AES_K(0^128). (Our packages carry no authAttrs.)
 * <p>
 * Only 96-bit nonces and 128-bit tags are accepted (the package format's allow-list); anything else is refused when
 * the stream is created.
 */
final class GcmDecryptingInputStream extends InputStream {

    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    private static final int BLOCK_BYTES = 16;
    private static final int CHUNK_BYTES = AuthEnvelopedSealer.CHUNK_BYTES;
    /** SP 800-38D: at most 2^39 - 256 bits of plaintext, so the 32-bit block counter never wraps. */
    private static final long MAX_CIPHERTEXT_BYTES = (1L << 36) - 32;

    private final InputStream source;
    private final SecretKey key;
    private final Cipher ctr;
    private final Cipher reEncryption;
    private final ByteArrayOutputStream additionalData;

    /** Ciphertext read but not yet decrypted; the last {@link #TAG_BYTES} of it may turn out to be the tag. */
    private final byte[] pending = new byte[CHUNK_BYTES + TAG_BYTES];
    private int pendingLength;
    private final byte[] plain = new byte[CHUNK_BYTES];
    private int plainStart;
    private int plainEnd;
    /** Where the re-encryption writes the (discarded) ciphertext; GCM may release up to a block more than it got. */
    private final byte[] discard = new byte[CHUNK_BYTES + BLOCK_BYTES];
    private long ciphertextBytes;
    private boolean verified;
    private IOException failure;

    /**
     * @param source the ciphertext followed by the tag; closed by {@link #close()}
     * @param key    the AES content-encryption key
     * @param nonce  the 12-byte GCM nonce
     * @param additionalData AAD, which may still be written to until the input ends (read only then)
     */
    GcmDecryptingInputStream(InputStream source, SecretKey key, byte[] nonce, ByteArrayOutputStream additionalData)
            throws GeneralSecurityException {
        this.source = Objects.requireNonNull(source, "source");
        this.key = Objects.requireNonNull(key, "key");
        this.additionalData = Objects.requireNonNull(additionalData, "additionalData");
        if (nonce.length != NONCE_BYTES) {
            throw new GeneralSecurityException("GCM nonce must be " + NONCE_BYTES + " bytes");
        }
        byte[] firstCounter = Arrays.copyOf(nonce, BLOCK_BYTES);
        firstCounter[BLOCK_BYTES - 1] = 2; // inc32(J0), J0 = nonce || 0x00000001
        ctr = Cipher.getInstance("AES/CTR/NoPadding");
        ctr.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(firstCounter));
        reEncryption = Cipher.getInstance("AES/GCM/NoPadding");
        reEncryption.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
    }

    /** The tag, once verified; null before. */
    byte[] verifiedTag() {
        return verified ? Arrays.copyOf(pending, TAG_BYTES) : null;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (failure != null) {
            throw failure;
        }
        if (len == 0) {
            return 0;
        }
        while (plainStart == plainEnd) {
            if (verified) {
                return -1;
            }
            readMore();
        }
        int n = Math.min(len, plainEnd - plainStart);
        System.arraycopy(plain, plainStart, b, off, n);
        plainStart += n;
        return n;
    }

    @Override
    public int available() {
        return plainEnd - plainStart;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    /** Fills the pending buffer, then decrypts all of it but the last 16 bytes; at the end of input, checks the tag. */
    private void readMore() throws IOException {
        int n = 0;
        while (pendingLength < pending.length && (n = source.read(pending, pendingLength,
                pending.length - pendingLength)) >= 0) {
            pendingLength += n;
        }
        int ready = pendingLength - TAG_BYTES;
        if (ready > 0) {
            decrypt(ready);
            System.arraycopy(pending, ready, pending, 0, TAG_BYTES);
            pendingLength = TAG_BYTES;
        }
        if (n < 0) {
            verifyTag();
        }
    }

    private void decrypt(int length) throws IOException {
        ciphertextBytes += length;
        if (ciphertextBytes > MAX_CIPHERTEXT_BYTES) {
            throw fail(new IOException("GCM ciphertext longer than the mode allows"));
        }
        try {
            if (ctr.update(pending, 0, length, plain, 0) != length) {
                throw new IllegalStateException("AES-CTR did not return every byte");
            }
            reEncryption.update(plain, 0, length, discard, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM re-encryption failed", e);
        }
        plainStart = 0;
        plainEnd = length;
    }

    private void verifyTag() throws IOException {
        if (pendingLength < TAG_BYTES) {
            throw fail(tagFailure("input shorter than the GCM tag"));
        }
        byte[] expected;
        try {
            byte[] last = reEncryption.doFinal();
            expected = Arrays.copyOfRange(last, last.length - TAG_BYTES, last.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM re-encryption failed", e);
        }
        if (additionalData.size() > 0) {
            addLateAad(expected, additionalData.toByteArray());
        }
        if (!MessageDigest.isEqual(expected, Arrays.copyOf(pending, TAG_BYTES))) {
            throw fail(tagFailure("GCM tag mismatch"));
        }
        verified = true;
    }

    /** Turns the tag over (no AAD, C) into the tag over (aad, C); see the class comment. */
    private void addLateAad(byte[] tag, byte[] additional) throws IOException {
        byte[] h;
        try {
            Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, key);
            h = aes.doFinal(new byte[BLOCK_BYTES]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES unavailable", e);
        }
        Tables4kGCMMultiplier timesH = new Tables4kGCMMultiplier();
        timesH.init(h);
        byte[] x = new byte[BLOCK_BYTES];
        for (int i = 0; i < additional.length; i += BLOCK_BYTES) {
            GCMUtil.xor(x, 0, additional, i, Math.min(BLOCK_BYTES, additional.length - i));
            timesH.multiplyH(x);
        }
        BasicGCMExponentiator powersOfH = new BasicGCMExponentiator();
        powersOfH.init(h);
        byte[] hToTheC = new byte[BLOCK_BYTES];
        powersOfH.exponentiateX((ciphertextBytes + BLOCK_BYTES - 1) / BLOCK_BYTES, hToTheC);
        GCMUtil.multiply(x, hToTheC);
        byte[] aadBits = Pack.longToBigEndian((long) additional.length * 8);
        GCMUtil.xor(x, 0, aadBits, 0, aadBits.length);
        timesH.multiplyH(x);
        GCMUtil.xor(tag, x);
    }

    private IOException fail(IOException e) {
        failure = e;
        return e;
    }

    private static IOException tagFailure(String message) {
        return new InvalidCipherTextIOException("GCM authentication failed", new AEADBadTagException(message));
    }
}
