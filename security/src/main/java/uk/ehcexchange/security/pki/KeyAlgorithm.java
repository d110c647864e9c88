package uk.ehcexchange.security.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** Key types the development CA issues. P-256 is the default: small, fast, and opened by OpenSSL 3. */
public enum KeyAlgorithm {
    EC_P256,
    EC_P384,
    RSA_3072;

    public KeyPair generate() {
        try {
            return switch (this) {
                case EC_P256 -> ec("secp256r1");
                case EC_P384 -> ec("secp384r1");
                case RSA_3072 -> rsa(3072);
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK cannot generate " + this, e);
        }
    }

    private static KeyPair ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }
}
