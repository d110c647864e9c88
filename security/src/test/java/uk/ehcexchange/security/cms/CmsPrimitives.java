package uk.ehcexchange.security.cms;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;

import javax.crypto.SecretKey;

import org.bouncycastle.cms.KeyAgreeRecipient;
import org.bouncycastle.cms.KeyTransRecipient;

/**
 * Test-only door to the package-private pieces the reader opens packages with, so that tests in other packages (the
 * Project Wycheproof vectors) exercise the hub's own objects rather than a copy of their configuration.
 */
public final class CmsPrimitives {

    private CmsPrimitives() {
    }

    /** The reader's streaming AES-GCM decryption; {@code additionalData} is read only when the input ends. */
    public static InputStream gcmDecryption(InputStream ciphertextAndTag, SecretKey key, byte[] nonce,
                                            ByteArrayOutputStream additionalData) throws GeneralSecurityException {
        return new GcmDecryptingInputStream(ciphertextAndTag, key, nonce, additionalData);
    }

    /** The recipient the reader opens an RSA (key transport) package with. */
    public static KeyTransRecipient keyTransportRecipient(PrivateKey key) {
        return (KeyTransRecipient) GcmRecipients.keyTransport(key);
    }

    /** The recipient the reader opens an EC (key agreement) package with. */
    public static KeyAgreeRecipient keyAgreementRecipient(PrivateKey key) {
        return (KeyAgreeRecipient) GcmRecipients.keyAgreement(key);
    }
}
