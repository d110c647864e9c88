package uk.ehcexchange.security.wycheproof;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.util.List;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import uk.ehcexchange.security.trust.KeyStrength;
import uk.ehcexchange.security.wycheproof.HubSignatureVerification.Verdict;
import uk.ehcexchange.security.wycheproof.Wycheproof.Vector;

/**
 * ECDSA P-256 with SHA-256 (DER signatures), the signature on EC-signed packages and receipts, held to Project
 * Wycheproof's {@code ecdsa_secp256r1_sha256_test.json} through the reader's own verification path (see
 * {@link HubSignatureVerification}) with the algorithm identifier the writer puts in a SignerInfo,
 * ecdsa-with-SHA256, and again with id-ecPublicKey, which the reader also takes. All 484 vectors apply (one key per
 * group, all P-256 and SHA-256): each of the 174 valid signatures verifies, each of the 310 invalid ones (BER and
 * other non-DER encodings, r or s out of range or zero, wrong types, modified integers, arithmetic edge cases) is
 * rejected or refused with an exception, both of which the reader reports as {@code tampered-signed-content}. The
 * file has no {@code acceptable} vectors.
 */
class EcdsaP256WycheproofTest {

    private static final String FILE = "ecdsa_secp256r1_sha256_test.json";
    /**
     * The two ways a SignerInfo may name ECDSA with SHA-256 that the reader's allow-list takes: ecdsa-with-SHA256,
     * which the writer uses, and id-ecPublicKey, which some producers use, the digest then coming from the SignerInfo.
     */
    private static final List<AlgorithmIdentifier> ECDSA_WITH_SHA256 = List.of(
            new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256),
            new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey));

    @TestFactory
    Stream<DynamicTest> validSignaturesVerify() {
        return vectors().filter(Vector::isValid).map(v -> Wycheproof.check(v, () -> {
            PublicKey key = publicKey(v);

            assertThat(KeyStrength.isStrongEnough(key)).as("key strong enough for the hub").isTrue();
            assertThat(verify(v, key)).containsOnly(Verdict.ACCEPTED);
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidSignaturesAreRefused() {
        return vectors().filter(Vector::isInvalid).map(v -> Wycheproof.check(v, () ->
                assertThat(verify(v, publicKey(v))).doesNotContain(Verdict.ACCEPTED)));
    }

    @Test
    void holdsTheExpectedNumberOfVectors() {
        List<Vector> all = vectors().toList();

        assertThat(all).filteredOn(Vector::isValid).hasSize(174);
        assertThat(all).filteredOn(Vector::isInvalid).hasSize(310);
        assertThat(all).filteredOn(Vector::isAcceptable).isEmpty();
        assertThat(all).allSatisfy(v -> {
            assertThat(v.group().path("sha").asText()).isEqualTo("SHA-256");
            assertThat(v.group().path("publicKey").path("curve").asText()).isEqualTo("secp256r1");
        });
    }

    private static Stream<Vector> vectors() {
        return Wycheproof.vectors(FILE).stream();
    }

    private static PublicKey publicKey(Vector v) throws Exception {
        return HubSignatureVerification.publicKey("EC", v.groupBytes("publicKeyDer"));
    }

    /** The verdict under each way of naming the algorithm. */
    private static List<Verdict> verify(Vector v, PublicKey key) {
        return ECDSA_WITH_SHA256.stream()
                .map(algorithm -> HubSignatureVerification.verify(key, algorithm, v.bytes("msg"), v.bytes("sig")))
                .toList();
    }
}
