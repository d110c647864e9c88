package uk.ehcexchange.security;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance this module uses. It is passed explicitly to every JCA call rather than
 * registered with {@code Security.addProvider}, so that loading this library never changes the JVM-wide provider
 * order of the hub that embeds it. Bouncy Castle is needed (not just convenient) for content decryption: the JDK's
 * AES-GCM buffers the whole ciphertext until the tag is checked, which would defeat streaming of large packages.
 */
public final class CryptoProvider {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private CryptoProvider() {
    }

    public static Provider bouncyCastle() {
        return BOUNCY_CASTLE;
    }
}
