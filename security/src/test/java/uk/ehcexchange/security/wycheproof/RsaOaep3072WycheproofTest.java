package uk.ehcexchange.security.wycheproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipient;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import uk.ehcexchange.security.CryptoProvider;
import uk.ehcexchange.security.cms.CmsPrimitives;
import uk.ehcexchange.security.wycheproof.Wycheproof.Vector;

/**
 * RSA-OAEP with SHA-256 and MGF1-SHA-256, the key transport that opens a package sealed to an RSA certificate, held to
 * Project Wycheproof's {@code rsa_oaep_3072_sha256_mgf1sha256_test.json} (one 3072-bit key, as the JDK loads it from
 * PKCS#8 or PKCS#12). Each ciphertext is handed over as a KeyTransRecipientInfo's encryptedKey, with the
 * id-RSAES-OAEP parameters the writer uses (RecipientInfos' OAEPParameterSpec) and the vector's label as pSpecified
 * (the reader takes the label from the message; the writer sends none). All 37 vectors apply, in two ways.
 * <p>
 * <b>Key recovery</b>: Bouncy Castle's {@link JceKeyTransRecipient} on the hub's provider, the class and configuration
 * the hub's recipient ({@code GcmRecipients.keyTransport}) extends and recovers the key with. Valid (18, messages of
 * 0 to 318 bytes, with and without labels): the recovered key is {@code msg} for all 17 non-empty messages; the
 * empty one (tcId 1) is not applicable, as no key object can hold zero bytes, and Bouncy Castle refuses it. Invalid
 * (19: damaged padding or label hash, a ciphertext of the wrong length or not reduced modulo n): refused, with a
 * CMSException, or (tcIds 27, 28, 30, 31, a ciphertext too long for the modulus) with an unchecked exception.
 * <p>
 * <b>The hub's recipient</b> itself, which also requires the recovered key to be a 256-bit AES key and turns
 * Bouncy Castle's unchecked exceptions into a CMSException, so that the reader reports every such package as
 * {@code tampered-ciphertext} (it reported those four as {@code malformed-package} before; see
 * {@code KeyTransportCiphertextTest}): the one valid vector whose message is 32 bytes (tcId 7) opens content sealed
 * under that key; the other 17 valid ones are refused for their key length, and all 19 invalid ones are refused with
 * a CMSException. The file has no {@code acceptable} vectors.
 */
class RsaOaep3072WycheproofTest {

    private static final String FILE = "rsa_oaep_3072_sha256_mgf1sha256_test.json";
    private static final int AES256_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AlgorithmIdentifier SHA256 =
            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);

    @TestFactory
    Stream<DynamicTest> validCiphertextsYieldTheMessage() {
        return vectors().filter(v -> v.isValid() && v.bytes("msg").length > 0).map(v -> Wycheproof.check(v, () ->
                assertThat(new KeyRecovery(privateKey(v)).recover(v).getEncoded()).isEqualTo(v.bytes("msg"))));
    }

    /** tcId 1 encrypts the empty message, which no SecretKey can hold: not applicable to key transport. */
    @TestFactory
    Stream<DynamicTest> theEmptyMessageIsNoKey() {
        return vectors().filter(v -> v.isValid() && v.bytes("msg").length == 0).map(v -> Wycheproof.check(v, () ->
                assertThatThrownBy(() -> new KeyRecovery(privateKey(v)).recover(v))
                        .isInstanceOf(IllegalArgumentException.class)));
    }

    /** Bouncy Castle's CMSException, or for a ciphertext too long for the modulus an unchecked exception. */
    @TestFactory
    Stream<DynamicTest> invalidCiphertextsAreRefused() {
        return vectors().filter(Vector::isInvalid).map(v -> Wycheproof.check(v, () ->
                assertThatThrownBy(() -> new KeyRecovery(privateKey(v)).recover(v))
                        .isInstanceOfAny(CMSException.class, RuntimeException.class)));
    }

    @TestFactory
    Stream<DynamicTest> hubRecipientOpensOnlyAValidAes256Key() {
        return vectors().filter(v -> !v.isInvalid()).map(v -> Wycheproof.check(v, () -> {
            byte[] msg = v.bytes("msg");
            if (msg.length == AES256_KEY_BYTES) {
                byte[] plaintext = ("Wycheproof RSA-OAEP tcId " + v.tcId()).getBytes(StandardCharsets.US_ASCII);
                byte[] nonce = randomBytes(12);
                Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
                gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(msg, "AES"), new GCMParameterSpec(128, nonce));
                byte[] sealed = gcm.doFinal(plaintext);

                RecipientOperator operator = hubRecipientOperator(v, nonce);
                try (InputStream in = operator.getInputStream(new ByteArrayInputStream(sealed))) {
                    assertThat(in.readAllBytes()).isEqualTo(plaintext);
                }
            } else {
                assertThatThrownBy(() -> hubRecipientOperator(v, randomBytes(12))).isInstanceOf(CMSException.class);
            }
        }));
    }

    /** Always a CMSException, which the reader reports as tampered-ciphertext (see GcmRecipients.unrecoverable). */
    @TestFactory
    Stream<DynamicTest> hubRecipientRefusesInvalidCiphertexts() {
        return vectors().filter(Vector::isInvalid).map(v -> Wycheproof.check(v, () ->
                assertThatThrownBy(() -> hubRecipientOperator(v, randomBytes(12))).isInstanceOf(CMSException.class)));
    }

    @Test
    void holdsTheExpectedNumberOfVectors() {
        List<Vector> all = vectors().toList();

        assertThat(all).filteredOn(Vector::isValid).hasSize(18);
        assertThat(all).filteredOn(Vector::isInvalid).hasSize(19);
        assertThat(all).filteredOn(Vector::isAcceptable).isEmpty();
        assertThat(all).filteredOn(v -> v.isValid() && v.bytes("msg").length == AES256_KEY_BYTES).hasSize(1);
        assertThat(all).allSatisfy(v -> {
            assertThat(v.group().path("sha").asText()).isEqualTo("SHA-256");
            assertThat(v.group().path("mgfSha").asText()).isEqualTo("SHA-256");
            assertThat(v.groupInt("keySize")).isEqualTo(3072);
        });
    }

    private static Stream<Vector> vectors() {
        return Wycheproof.vectors(FILE).stream();
    }

    private static PrivateKey privateKey(Vector v) throws Exception {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(v.groupBytes("privateKeyPkcs8")));
    }

    /** id-RSAES-OAEP, SHA-256, MGF1-SHA-256, as RecipientInfos writes it, with the vector's label. */
    private static AlgorithmIdentifier keyTransport(Vector v) {
        return new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, new RSAESOAEPparams(SHA256,
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, SHA256),
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_pSpecified, new DEROctetString(v.bytes("label")))));
    }

    private static AlgorithmIdentifier aes256Gcm(byte[] nonce) {
        return new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_GCM, new GCMParameters(nonce, 16));
    }

    private static RecipientOperator hubRecipientOperator(Vector v, byte[] nonce) throws Exception {
        return CmsPrimitives.keyTransportRecipient(privateKey(v)).getRecipientOperator(keyTransport(v),
                aes256Gcm(nonce), v.bytes("ct"));
    }

    /** The key recovery the hub's recipient inherits, on the same provider, without its AES-256 key-length rule. */
    private static final class KeyRecovery extends JceKeyTransRecipient {

        KeyRecovery(PrivateKey key) {
            super(key);
            setProvider(CryptoProvider.bouncyCastle());
        }

        Key recover(Vector v) throws CMSException {
            return extractSecretKey(keyTransport(v), aes256Gcm(randomBytes(12)), v.bytes("ct"));
        }

        @Override
        public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm,
                                                      AlgorithmIdentifier contentEncryptionAlgorithm,
                                                      byte[] encryptedContentKey) {
            throw new UnsupportedOperationException("key recovery only");
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
