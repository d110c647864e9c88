package uk.ehcexchange.security.wycheproof;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.util.List;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import uk.ehcexchange.security.trust.KeyStrength;
import uk.ehcexchange.security.wycheproof.HubSignatureVerification.Verdict;
import uk.ehcexchange.security.wycheproof.Wycheproof.Vector;

/**
 * RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt, the signature on RSA-signed packages, held to Project
 * Wycheproof's {@code rsa_pss_3072_sha256_mgf1_32_test.json} (one 3072-bit key) through the reader's own verification
 * path (see {@link HubSignatureVerification}) with the algorithm identifier the writer puts in a SignerInfo:
 * id-RSASSA-PSS with exactly those parameters (Signers' PSSParameterSpec). All 108 vectors apply: each of the 63
 * valid signatures verifies (including all-zero and all-one salts), each of the 45 invalid ones (modified padding,
 * hash or salt length, out-of-range or wrongly sized signatures, and a PKCS#1 v1.5 signature, which must not pass
 * as PSS) is rejected or refused with an exception. The file has no {@code acceptable} vectors.
 */
class RsaPss3072WycheproofTest {

    private static final String FILE = "rsa_pss_3072_sha256_mgf1_32_test.json";

    /** What Signers' PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1) is encoded as. */
    private static final AlgorithmIdentifier RSASSA_PSS_SHA256 = new AlgorithmIdentifier(
            PKCSObjectIdentifiers.id_RSASSA_PSS, new RSASSAPSSparams(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE),
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1,
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE)),
                    new ASN1Integer(32), new ASN1Integer(1)));

    @TestFactory
    Stream<DynamicTest> validSignaturesVerify() {
        return vectors().filter(Vector::isValid).map(v -> Wycheproof.check(v, () -> {
            PublicKey key = publicKey(v);

            assertThat(KeyStrength.isStrongEnough(key)).as("key strong enough for the hub").isTrue();
            assertThat(verify(v, key)).isEqualTo(Verdict.ACCEPTED);
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidSignaturesAreRefused() {
        return vectors().filter(Vector::isInvalid).map(v -> Wycheproof.check(v, () ->
                assertThat(verify(v, publicKey(v))).isNotEqualTo(Verdict.ACCEPTED)));
    }

    @Test
    void holdsTheExpectedNumberOfVectors() {
        List<Vector> all = vectors().toList();

        assertThat(all).filteredOn(Vector::isValid).hasSize(63);
        assertThat(all).filteredOn(Vector::isInvalid).hasSize(45);
        assertThat(all).filteredOn(Vector::isAcceptable).isEmpty();
        assertThat(all).allSatisfy(v -> {
            assertThat(v.group().path("sha").asText()).isEqualTo("SHA-256");
            assertThat(v.group().path("mgfSha").asText()).isEqualTo("SHA-256");
            assertThat(v.groupInt("sLen")).isEqualTo(32);
        });
    }

    private static Stream<Vector> vectors() {
        return Wycheproof.vectors(FILE).stream();
    }

    private static PublicKey publicKey(Vector v) throws Exception {
        return HubSignatureVerification.publicKey("RSA", v.groupBytes("publicKeyDer"));
    }

    private static Verdict verify(Vector v, PublicKey key) {
        return HubSignatureVerification.verify(key, RSASSA_PSS_SHA256, v.bytes("msg"), v.bytes("sig"));
    }
}
