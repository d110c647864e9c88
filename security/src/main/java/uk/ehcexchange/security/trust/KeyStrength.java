package uk.ehcexchange.security.trust;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/** Minimum key sizes: RSA 2048 bits, EC 256 bits. Anything else (DSA, unknown types) is not acceptable at all. */
public final class KeyStrength {

    public static final int MIN_RSA_BITS = 2048;
    public static final int MIN_EC_BITS = 256;

    private KeyStrength() {
    }

    /** True when the key is RSA or EC and at least the minimum size. */
    public static boolean isStrongEnough(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength() >= MIN_RSA_BITS;
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getOrder().bitLength() >= MIN_EC_BITS;
        }
        return false;
    }
}
