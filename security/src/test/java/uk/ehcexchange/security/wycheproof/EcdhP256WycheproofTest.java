package uk.ehcexchange.security.wycheproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.cms.ecc.ECCCMSSharedInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyAgreeRecipient;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.util.Pack;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import uk.ehcexchange.security.CryptoProvider;
import uk.ehcexchange.security.cms.CmsPrimitives;
import uk.ehcexchange.security.wycheproof.Wycheproof.Vector;

/**
 * ECDH on P-256, the key agreement that opens a package sealed to an EC certificate, held to Project Wycheproof's
 * {@code ecdh_secp256r1_test.json} (public keys as X.509 SubjectPublicKeyInfo, private keys as integers, shared
 * secrets as the x-coordinate) in two ways.
 * <p>
 * <b>The primitive</b>, all 612 vectors: the public key decoded by the hub's Bouncy Castle provider's EC key factory
 * and agreed with the plain {@code ECDH} KeyAgreement of that provider, against the recipient's private key as the
 * JDK loads it from a PKCS#12 file. Valid (330): the secret equals {@code shared}. Invalid (52: points off the curve,
 * invalid-curve attacks, points on the twist, keys on other curves or with altered curve parameters): refused with
 * an exception, at decoding or at agreement; all but tcId 359, which is the same input as an acceptable vector (see
 * {@link #INVALID_TWIN_OF_ACCEPTABLE}). Acceptable (230, mostly odd ASN.1 encodings and explicit curve parameters
 * equal to P-256's): either refused or the secret equals {@code shared}; never a different secret.
 * <p>
 * <b>The hub's recipient</b> ({@code GcmRecipients.keyAgreement}, what the package reader opens a
 * KeyAgreeRecipientInfo with), for the 378 vectors whose key (however leniently encoded) names P-256 by OID: a
 * package's originator key carries only the point, and Bouncy Castle's CMS code pairs it with the recipient's own
 * algorithm identifier (KeyAgreeRecipientInformation), so the vectors about a sender's curve parameters cannot
 * reach this path and are covered by the primitive only. For each, the test takes the point as the CMS code would,
 * wraps a fresh AES-256 content key under the key-encryption key that dhSinglePass-stdDH-sha256kdf-scheme derives
 * from {@code shared} (ANSI X9.63 KDF with SHA-256 over ECC-CMS-SharedInfo, computed here independently), and asks
 * the recipient for its operator. Valid (330): the operator decrypts content sealed under that content key.
 * Invalid (26: points off the curve, on its twist, or not decodable): the recipient refuses with a CMSException when
 * it decodes the sender's key, before any agreement. Acceptable (22, mostly ASN.1 encoding variants): refused, or
 * decrypts.
 */
class EcdhP256WycheproofTest {

    private static final String FILE = "ecdh_secp256r1_test.json";
    /**
     * tcId 359 is marked invalid, yet its public key, private key and shared secret are byte for byte those of tcId
     * 362, which is marked acceptable: P-256's own parameters spelt out, without the optional cofactor. Bouncy
     * Castle takes the key and computes the correct secret, so 359 is held to the acceptable rule (refused, or the
     * correct secret), and a test checks that the two really are the same input. A package cannot carry such a key
     * anyway: the CMS code keeps only the sender's point and pairs it with the recipient's named curve.
     */
    private static final Map<Integer, Integer> INVALID_TWIN_OF_ACCEPTABLE = Map.of(359, 362);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AlgorithmIdentifier NAMED_P256 =
            new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, SECObjectIdentifiers.secp256r1);
    /** AES-256 key wrap as the writer names it in a KeyAgreeRecipientInfo: parameters absent (RFC 3565). */
    private static final AlgorithmIdentifier AES256_WRAP =
            new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_wrap);
    /** What RecipientInfos puts in a KeyAgreeRecipientInfo: ECDH with the SHA-256 KDF, AES-256 key wrap. */
    private static final AlgorithmIdentifier ECDH_SHA256KDF_AES256_WRAP = new AlgorithmIdentifier(
            SECObjectIdentifiers.dhSinglePass_stdDH_sha256kdf_scheme, AES256_WRAP);

    @TestFactory
    Stream<DynamicTest> primitiveAgreesOnValidKeys() {
        return vectors().filter(Vector::isValid).map(v -> Wycheproof.check(v, () ->
                assertThat(agree(v)).isEqualTo(v.bytes("shared"))));
    }

    @TestFactory
    Stream<DynamicTest> primitiveRefusesInvalidKeys() {
        return vectors().filter(v -> v.isInvalid() && !INVALID_TWIN_OF_ACCEPTABLE.containsKey(v.tcId()))
                .map(v -> Wycheproof.check(v, () -> assertThatThrownBy(() -> agree(v)).isInstanceOf(Exception.class)));
    }

    @TestFactory
    Stream<DynamicTest> primitiveRefusesAcceptableKeysOrAgreesCorrectly() {
        return vectors().filter(v -> v.isAcceptable() || INVALID_TWIN_OF_ACCEPTABLE.containsKey(v.tcId()))
                .map(v -> Wycheproof.check(v, () -> {
            byte[] secret;
            try {
                secret = agree(v);
            } catch (Exception refused) {
                return;
            }
            assertThat(secret).as("secret from an accepted key").isEqualTo(v.bytes("shared"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> hubRecipientOpensContentForValidKeys() {
        return namedCurveVectors().filter(Vector::isValid).map(v -> Wycheproof.check(v, () -> {
            Opening opening = Opening.sealedUnder(v.bytes("shared"), v.tcId());

            assertThat(opening.openWith(v)).isEqualTo(opening.plaintext());
        }));
    }

    /** Refused when the sender's key is decoded, so before any agreement or unwrapping. */
    @TestFactory
    Stream<DynamicTest> hubRecipientRefusesInvalidKeys() {
        return namedCurveVectors().filter(Vector::isInvalid).map(v -> Wycheproof.check(v, () -> {
            Opening opening = Opening.sealedUnder(randomBytes(32), v.tcId()); // the file gives no secret

            assertThatThrownBy(() -> opening.openWith(v)).isInstanceOf(CMSException.class)
                    .hasCauseInstanceOf(InvalidKeySpecException.class);
        }));
    }

    @Test
    void theInvalidVectorHeldToTheAcceptableRuleIsTheTwinOfAnAcceptableOne() {
        List<Vector> all = vectors().toList();
        INVALID_TWIN_OF_ACCEPTABLE.forEach((invalidId, acceptableId) -> {
            Vector invalid = all.stream().filter(v -> v.tcId() == invalidId).findFirst().orElseThrow();
            Vector acceptable = all.stream().filter(v -> v.tcId() == acceptableId).findFirst().orElseThrow();

            assertThat(invalid.isInvalid()).isTrue();
            assertThat(acceptable.isAcceptable()).isTrue();
            for (String field : List.of("public", "private", "shared")) {
                assertThat(invalid.bytes(field)).as(field).isEqualTo(acceptable.bytes(field));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> hubRecipientRefusesAcceptableKeysOrOpensCorrectly() {
        return namedCurveVectors().filter(Vector::isAcceptable).map(v -> Wycheproof.check(v, () -> {
            Opening opening = Opening.sealedUnder(v.bytes("shared"), v.tcId());
            byte[][] opened = new byte[1][];
            Throwable refusal = catchThrowable(() -> opened[0] = opening.openWith(v));

            if (refusal == null) {
                assertThat(opened[0]).isEqualTo(opening.plaintext());
            } else {
                assertThat(refusal).isInstanceOf(CMSException.class);
            }
        }));
    }

    @Test
    void holdsTheExpectedNumberOfVectors() {
        List<Vector> all = vectors().toList();
        List<Vector> namedCurve = namedCurveVectors().toList();

        assertThat(all).filteredOn(Vector::isValid).hasSize(330);
        assertThat(all).filteredOn(Vector::isInvalid).hasSize(52);
        assertThat(all).filteredOn(Vector::isAcceptable).hasSize(230);
        assertThat(namedCurve).filteredOn(Vector::isValid).hasSize(330);
        assertThat(namedCurve).filteredOn(Vector::isInvalid).hasSize(26);
        assertThat(namedCurve).filteredOn(Vector::isAcceptable).hasSize(22);
        assertThat(all).allSatisfy(v -> {
            assertThat(v.group().path("curve").asText()).isEqualTo("secp256r1");
            assertThat(v.group().path("encoding").asText()).isEqualTo("asn");
        });
    }

    private static Stream<Vector> vectors() {
        return Wycheproof.vectors(FILE).stream();
    }

    /** Vectors whose public key is a SubjectPublicKeyInfo naming P-256 by OID, the only form a package can carry. */
    private static Stream<Vector> namedCurveVectors() {
        return vectors().filter(v -> {
            try {
                return NAMED_P256.equals(SubjectPublicKeyInfo.getInstance(v.bytes("public")).getAlgorithm());
            } catch (RuntimeException unparseable) {
                return false;
            }
        });
    }

    /** Plain ECDH on the hub's Bouncy Castle provider. */
    private static byte[] agree(Vector v) throws Exception {
        PublicKey sender = KeyFactory.getInstance("EC", CryptoProvider.bouncyCastle())
                .generatePublic(new X509EncodedKeySpec(v.bytes("public")));
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH", CryptoProvider.bouncyCastle());
        ecdh.init(recipientKey(v));
        ecdh.doPhase(sender, true);
        return ecdh.generateSecret();
    }

    /** The recipient's private key as the JDK's PKCS#12 key store returns an EC key. */
    private static PrivateKey recipientKey(Vector v) throws Exception {
        AlgorithmParameters p256 = AlgorithmParameters.getInstance("EC");
        p256.init(new ECGenParameterSpec("secp256r1"));
        return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, v.bytes("private")),
                p256.getParameterSpec(ECParameterSpec.class)));
    }

    /**
     * Content sealed as a package's would be for a recipient whose shared secret with the sender is {@code z}: a
     * fresh AES-256 content key wrapped (AES key wrap) under the KEK that the KDF derives from {@code z}.
     */
    private record Opening(byte[] plaintext, byte[] nonce, byte[] ciphertextAndTag, byte[] wrappedContentKey) {

        static Opening sealedUnder(byte[] z, int tcId) throws Exception {
            byte[] plaintext = ("Wycheproof ECDH tcId " + tcId).getBytes(StandardCharsets.US_ASCII);
            SecretKeySpec contentKey = new SecretKeySpec(randomBytes(32), "AES");
            byte[] nonce = randomBytes(12);
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, contentKey, new GCMParameterSpec(128, nonce));
            Cipher wrap = Cipher.getInstance("AESWrap");
            wrap.init(Cipher.WRAP_MODE, new SecretKeySpec(keyEncryptionKey(z), "AES"));
            return new Opening(plaintext, nonce, gcm.doFinal(plaintext), wrap.wrap(contentKey));
        }

        /**
         * ANSI X9.63 KDF with SHA-256 (RFC 5753): SHA-256(Z || counter 1 || ECC-CMS-SharedInfo), one block for an
         * AES-256 KEK; the SharedInfo names the key wrap as the KeyAgreeRecipientInfo does, no UKM, 256 bits.
         */
        private static byte[] keyEncryptionKey(byte[] z) throws Exception {
            byte[] sharedInfo = new ECCCMSSharedInfo(AES256_WRAP, Pack.intToBigEndian(256))
                    .getEncoded(ASN1Encoding.DER);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(z);
            sha256.update(Pack.intToBigEndian(1));
            return sha256.digest(sharedInfo);
        }

        /** What the hub's recipient makes of it, with the sender's point as a package would carry it. */
        byte[] openWith(Vector v) throws Exception {
            PrivateKey recipientKey = recipientKey(v);
            // KeyAgreeRecipientInformation: the originator's point under the recipient's own algorithm identifier.
            SubjectPublicKeyInfo sender = new SubjectPublicKeyInfo(
                    PrivateKeyInfo.getInstance(recipientKey.getEncoded()).getPrivateKeyAlgorithm(),
                    SubjectPublicKeyInfo.getInstance(v.bytes("public")).getPublicKeyData());
            KeyAgreeRecipient recipient = CmsPrimitives.keyAgreementRecipient(recipientKey);
            AlgorithmIdentifier content = new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_GCM,
                    new GCMParameters(nonce, 16));
            RecipientOperator operator = recipient.getRecipientOperator(ECDH_SHA256KDF_AES256_WRAP, content,
                    sender, null, wrappedContentKey);
            try (InputStream in = operator.getInputStream(new ByteArrayInputStream(ciphertextAndTag))) {
                return in.readAllBytes();
            }
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
