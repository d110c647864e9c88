package uk.ehcexchange.security.cms;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.util.Arrays;

import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipient;
import org.bouncycastle.operator.InputAEADDecryptor;

import uk.ehcexchange.security.CryptoProvider;

/**
 * Recipients for AuthEnvelopedData that recover the content-encryption key as Bouncy Castle's own do (RSA-OAEP key
 * transport, or ECDH and AES key unwrap, on the Bouncy Castle provider) but decrypt the content with
 * {@link GcmDecryptingInputStream}, which streams on the JDK's AES instructions, in place of Bouncy Castle's pure-Java
 * GCM. Only AES-256-GCM with a 12-byte nonce and a 16-byte tag is decrypted; the reader's {@link AlgorithmPolicy}
 * has already refused anything else before a recipient is used.
 */
final class GcmRecipients {

    private static final int KEY_BYTES = 32;

    private GcmRecipients() {
    }

    static Recipient keyTransport(PrivateKey key) {
        return new KeyTransport(key).setProvider(CryptoProvider.bouncyCastle());
    }

    static Recipient keyAgreement(PrivateKey key) {
        return new KeyAgreement(key).setProvider(CryptoProvider.bouncyCastle());
    }

    /**
     * Bouncy Castle reports most failures to recover the key as a CMSException, but some damage to the encrypted key
     * as an unchecked exception: an RSA ciphertext longer than the modulus or not reduced modulo it, or one that
     * decrypts to an empty key (Project Wycheproof's RSA-OAEP vectors). Reported the same way, such a package is
     * {@code tampered-ciphertext} like any other whose key cannot be recovered, rather than {@code malformed-package}.
     */
    private static CMSException unrecoverable(RuntimeException e) {
        return new CMSException("content-encryption key could not be recovered", e);
    }

    private static final class KeyTransport extends JceKeyTransRecipient {

        KeyTransport(PrivateKey key) {
            super(key);
        }

        @Override
        public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm,
                                                      AlgorithmIdentifier contentEncryptionAlgorithm,
                                                      byte[] encryptedContentKey) throws CMSException {
            Key contentKey;
            try {
                contentKey = extractSecretKey(keyEncryptionAlgorithm, contentEncryptionAlgorithm,
                        encryptedContentKey);
            } catch (RuntimeException e) {
                throw unrecoverable(e);
            }
            return new RecipientOperator(new Decryptor(contentEncryptionAlgorithm, contentKey));
        }
    }

    private static final class KeyAgreement extends JceKeyAgreeRecipient {

        KeyAgreement(PrivateKey key) {
            super(key);
        }

        @Override
        public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm,
                                                      AlgorithmIdentifier contentEncryptionAlgorithm,
                                                      SubjectPublicKeyInfo senderPublicKey,
                                                      ASN1OctetString userKeyingMaterial,
                                                      byte[] encryptedContentKey) throws CMSException {
            Key contentKey;
            try {
                contentKey = extractSecretKey(keyEncryptionAlgorithm, contentEncryptionAlgorithm, senderPublicKey,
                        userKeyingMaterial, encryptedContentKey);
            } catch (RuntimeException e) {
                throw unrecoverable(e);
            }
            return new RecipientOperator(new Decryptor(contentEncryptionAlgorithm, contentKey));
        }
    }

    /**
     * What Bouncy Castle's CMS parser drives: it asks for the AAD sink first, then wraps the ciphertext-and-tag
     * stream; at the end of the ciphertext it writes any authAttrs to the AAD sink.
     */
    private static final class Decryptor implements InputAEADDecryptor {

        private final AlgorithmIdentifier algorithm;
        private final SecretKeySpec key;
        private final byte[] nonce;
        private final ByteArrayOutputStream additionalData = new ByteArrayOutputStream();
        private GcmDecryptingInputStream stream;

        Decryptor(AlgorithmIdentifier algorithm, Key contentKey) throws CMSException {
            if (!NISTObjectIdentifiers.id_aes256_GCM.equals(algorithm.getAlgorithm())) {
                throw new CMSException("content encryption is not AES-256-GCM");
            }
            GCMParameters params = parameters(algorithm);
            if (params == null || params.getNonce().length != GcmDecryptingInputStream.NONCE_BYTES
                    || params.getIcvLen() != GcmDecryptingInputStream.TAG_BYTES) {
                throw new CMSException("GCM nonce or tag length not 12/16 bytes");
            }
            byte[] encoded = contentKey.getEncoded();
            if (encoded == null || encoded.length != KEY_BYTES) {
                throw new CMSException("content-encryption key is not a 256-bit AES key");
            }
            this.algorithm = algorithm;
            this.key = new SecretKeySpec(encoded, "AES");
            Arrays.fill(encoded, (byte) 0);
            this.nonce = params.getNonce();
        }

        private static GCMParameters parameters(AlgorithmIdentifier algorithm) throws CMSException {
            try {
                return GCMParameters.getInstance(algorithm.getParameters());
            } catch (RuntimeException e) {
                throw new CMSException("unreadable GCM parameters", e);
            }
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public InputStream getInputStream(InputStream ciphertextAndTag) {
            try {
                stream = new GcmDecryptingInputStream(ciphertextAndTag, key, nonce, additionalData);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK's AES is unavailable", e);
            }
            return stream;
        }

        @Override
        public OutputStream getAADStream() {
            return additionalData;
        }

        /** The tag, once the content has been read to the end and the tag verified; null before. */
        @Override
        public byte[] getMAC() {
            return stream == null ? null : stream.verifiedTag();
        }
    }
}
