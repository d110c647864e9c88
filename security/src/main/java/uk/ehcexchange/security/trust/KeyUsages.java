package uk.ehcexchange.security.trust;

import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Key-usage checks. A certificate without a key-usage extension is refused: fail closed rather than read the absence
 * as "any use".
 */
public final class KeyUsages {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_AGREEMENT = 4;

    private KeyUsages() {
    }

    public static boolean allowsSigning(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        return usage != null && usage[DIGITAL_SIGNATURE];
    }

    /** keyEncipherment for an RSA key (key transport), keyAgreement for an EC key (ECDH). */
    public static boolean allowsEncryptionTo(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null) {
            return false;
        }
        if (certificate.getPublicKey() instanceof RSAPublicKey) {
            return usage[KEY_ENCIPHERMENT];
        }
        if (certificate.getPublicKey() instanceof ECPublicKey) {
            return usage[KEY_AGREEMENT];
        }
        return false;
    }
}
