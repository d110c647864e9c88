package uk.ehcexchange.security.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.ehcexchange.security.TestPki.RECEIVER;
import static uk.ehcexchange.security.TestPki.SENDER;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import uk.ehcexchange.security.CryptoProvider;
import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;
import uk.ehcexchange.security.TestPki;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.trust.TrustStore;

/** One test per rejection code; every key, CA and CRL is generated here, including a rogue CA. */
class RejectionTest {

    private static final TestPki PKI = new TestPki();
    private static final IssuedCredential SENDER_CRED = PKI.issue(SENDER, KeyAlgorithm.EC_P256);
    private static final IssuedCredential RECEIVER_CRED = PKI.issue(RECEIVER, KeyAlgorithm.EC_P256);
    private static final byte[] CONTENT =
            "{\"planId\":\"P-7\",\"marker\":\"MARKER-MARKER\"}".repeat(300).getBytes(StandardCharsets.UTF_8);

    @Test
    void tamperedCiphertext() throws Exception {
        byte[] sealed = Packages.seal(CONTENT, SENDER_CRED.signingIdentity(), RECEIVER_CRED);
        sealed[sealed.length / 2] ^= 0x01;

        assertRejected(RejectionReason.TAMPERED_CIPHERTEXT, () -> open(sealed));
    }

    @Test
    void tamperedSignedContent() throws Exception {
        byte[] signed = signedData(CONTENT);
        int at = indexOf(signed, "MARKER".getBytes(StandardCharsets.US_ASCII));
        signed[at] = 'N'; // altered after signing, then encrypted correctly: GCM passes, the signature does not
        byte[] sealed = encrypt(signed, RECEIVER_CRED.certificate());

        assertRejected(RejectionReason.TAMPERED_SIGNED_CONTENT, () -> open(sealed));
    }

    @Test
    void signerNotTrusted() throws Exception {
        IssuedCredential rogue = PKI.rogueCa.issue(SENDER, KeyAlgorithm.EC_P256.generate(),
                Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1)));
        byte[] sealed = Packages.seal(CONTENT, rogue.signingIdentity(), RECEIVER_CRED);

        assertRejected(RejectionReason.SIGNER_NOT_TRUSTED, () -> open(sealed));
    }

    @Test
    void noAnchorsForTheAuthorityMeansNotTrusted() throws Exception {
        byte[] sealed = Packages.seal(CONTENT, SENDER_CRED.signingIdentity(), RECEIVER_CRED);
        TrustStore onlyReceiver = TrustStore.builder().anchor(RECEIVER, PKI.ca.certificate()).build();

        assertRejected(RejectionReason.SIGNER_NOT_TRUSTED,
                () -> Packages.open(sealed, onlyReceiver, RECEIVER_CRED.decryptionIdentity(), SENDER));
    }

    @Test
    void signerExpired() throws Exception {
        IssuedCredential expired = PKI.ca.issue(SENDER, KeyAlgorithm.EC_P256.generate(),
                Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
        byte[] sealed = Packages.seal(CONTENT, expired.signingIdentity(), RECEIVER_CRED);

        assertRejected(RejectionReason.SIGNER_EXPIRED, () -> open(sealed));
    }

    @Test
    void signerRevoked() throws Exception {
        byte[] sealed = Packages.seal(CONTENT, SENDER_CRED.signingIdentity(), RECEIVER_CRED);
        TrustStore revoking = PKI.trustStore(PKI.ca.crlRevoking(List.of(SENDER_CRED.certificate())));

        assertRejected(RejectionReason.SIGNER_REVOKED,
                () -> Packages.open(sealed, revoking, RECEIVER_CRED.decryptionIdentity(), SENDER));
    }

    @Test
    void signerRevocationUnknownWhenNoCrlIsConfigured() throws Exception {
        byte[] sealed = Packages.seal(CONTENT, SENDER_CRED.signingIdentity(), RECEIVER_CRED);
        TrustStore noCrl = TrustStore.builder().anchor(SENDER, PKI.ca.certificate()).build();

        assertRejected(RejectionReason.SIGNER_REVOCATION_UNKNOWN,
                () -> Packages.open(sealed, noCrl, RECEIVER_CRED.decryptionIdentity(), SENDER));
    }

    @Test
    void signerWrongAuthority() throws Exception {
        IssuedCredential otherCouncil = PKI.issue("203", KeyAlgorithm.EC_P256);
        byte[] sealed = Packages.seal(CONTENT, otherCouncil.signingIdentity(), RECEIVER_CRED);

        assertRejected(RejectionReason.SIGNER_WRONG_AUTHORITY, () -> open(sealed));
    }

    @Test
    void wrongRecipient() throws Exception {
        IssuedCredential anotherCouncil = PKI.issue("204", KeyAlgorithm.EC_P256);
        byte[] sealed = Packages.seal(CONTENT, SENDER_CRED.signingIdentity(), anotherCouncil);

        assertRejected(RejectionReason.WRONG_RECIPIENT, () -> open(sealed));
    }

    @Test
    void truncatedPackage() throws Exception {
        byte[] sealed = Packages.seal(CONTENT, SENDER_CRED.signingIdentity(), RECEIVER_CRED);

        assertRejected(RejectionReason.TRUNCATED_PACKAGE, () -> open(Arrays.copyOf(sealed, sealed.length / 2)));
        assertRejected(RejectionReason.TRUNCATED_PACKAGE, () -> open(Arrays.copyOf(sealed, 40)));
    }

    @Test
    void packageTooLarge() throws Exception {
        byte[] sealed = Packages.seal(CONTENT, SENDER_CRED.signingIdentity(), RECEIVER_CRED);
        SecurePackageReader reader = new SecurePackageReader(PKI.trustStore(), sealed.length - 1);

        assertRejected(RejectionReason.PACKAGE_TOO_LARGE, () -> reader.read(new java.io.ByteArrayInputStream(sealed),
                RECEIVER_CRED.decryptionIdentity(), SENDER, Instant.now(), OutputStream.nullOutputStream()));
    }

    @Test
    void unsupportedAlgorithmSha1Signature() throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                .setProvider(CryptoProvider.bouncyCastle()).build())
                .build(new JcaContentSignerBuilder("SHA1withECDSA").setProvider(CryptoProvider.bouncyCastle())
                        .build(SENDER_CRED.privateKey()), SENDER_CRED.certificate()));
        generator.addCertificates(new JcaCertStore(List.of(SENDER_CRED.certificate())));
        byte[] signed = generator.generate(new CMSProcessableByteArray(CONTENT), true).getEncoded();
        byte[] sealed = encrypt(signed, RECEIVER_CRED.certificate());

        assertRejected(RejectionReason.UNSUPPORTED_ALGORITHM, () -> open(sealed));
    }

    @Test
    void weakKey() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        KeyPair weak = rsa.generateKeyPair();
        IssuedCredential weakSigner = PKI.ca.issue(SENDER, weak, Instant.now().minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofDays(1)));
        // Our writer refuses to sign with it, so sign with Bouncy Castle directly (RSASSA-PSS, SHA-256).
        byte[] signed = signedDataWith(weakSigner, "SHA256withRSAandMGF1", CONTENT);
        byte[] sealed = encrypt(signed, RECEIVER_CRED.certificate());

        assertRejected(RejectionReason.WEAK_KEY, () -> open(sealed));
    }

    @Test
    void malformedPackage() {
        byte[] notCms = "hello, this is not CMS at all".getBytes(StandardCharsets.US_ASCII);

        assertRejected(RejectionReason.MALFORMED_PACKAGE, () -> open(notCms));
        assertRejected(RejectionReason.MALFORMED_PACKAGE, () -> open(new byte[0]));
    }

    private static Packages.Opened open(byte[] sealed) throws Exception {
        return Packages.open(sealed, PKI.trustStore(), RECEIVER_CRED.decryptionIdentity(), SENDER);
    }

    private static void assertRejected(RejectionReason reason, Executable action) {
        PackageRejectedException e = catchThrowableOfType(() -> action.execute(), PackageRejectedException.class);
        assertThat(e).as("expected rejection " + reason).isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        assertThat(e.getMessage()).startsWith(reason.code()).doesNotContain("P-7");
    }

    private static byte[] signedData(byte[] content) throws Exception {
        return Packages.signedData(content, SENDER_CRED.signingIdentity());
    }

    private static byte[] signedDataWith(IssuedCredential signer, String algorithm, byte[] content)
            throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                .setProvider(CryptoProvider.bouncyCastle()).build())
                .build(new JcaContentSignerBuilder(algorithm).setProvider(CryptoProvider.bouncyCastle())
                        .build(signer.privateKey()), signer.certificate()));
        generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
        return generator.generate(new CMSProcessableByteArray(content), true).getEncoded();
    }

    private static byte[] encrypt(byte[] signed, X509Certificate recipient) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream encrypting = AuthEnvelopedSealer.open(out, recipient, CMSObjectIdentifiers.data)) {
            encrypting.write(signed);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("marker not found");
    }
}
