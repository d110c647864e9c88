package uk.ehcexchange.security;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance this module uses. It is passed explicitly to every JCA call rather than
 * registered with {@code Security.addProvider}, so that loading this library never changes the JVM-wide provider
 * order of the hub that embeds it. Bulk content work uses the JDK's providers instead, for their CPU AES, GHASH and
 * SHA instructions: AES-GCM sealing, the content digests, and streaming AES-GCM decryption (see
 * {@code GcmDecryptingInputStream}, as the JDK's own GCM decryption buffers the whole ciphertext).
 */
public final class CryptoProvider {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private CryptoProvider() {
    }

    public static Provider bouncyCastle() {
        return BOUNCY_CASTLE;
    }
}
