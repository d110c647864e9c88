package uk.ehcexchange.security.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.ehcexchange.security.TestPki.RECEIVER;
import static uk.ehcexchange.security.TestPki.SENDER;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;
import uk.ehcexchange.security.TestPki;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;

/** Packages we seal open with `openssl cms`, and packages `openssl cms` seals open with us. */
class OpenSslInteropTest {

    private static final TestPki PKI = new TestPki();
    private static final byte[] CONTENT =
            "{\"planId\":\"P-42\",\"note\":\"synthetic test data\"}\n".repeat(200).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @BeforeAll
    static void requireOpenSsl() {
        OpenSsl.assumeAvailable();
    }

    @ParameterizedTest(name = "{0} signer -> {1} recipient")
    @CsvSource({"EC_P256, EC_P256", "RSA_3072, RSA_3072", "EC_P256, RSA_3072"})
    void openSslDecryptsAndVerifiesWhatWeSeal(KeyAlgorithm signerKey, KeyAlgorithm recipientKey) throws Exception {
        IssuedCredential sender = PKI.issue(SENDER, signerKey);
        IssuedCredential receiver = PKI.issue(RECEIVER, recipientKey);
        Files.write(dir.resolve("pkg.der"), Packages.seal(CONTENT, sender.signingIdentity(), receiver));
        PemFiles.writeCertificates(dir.resolve("recip.pem"), List.of(receiver.certificate()));
        PemFiles.writeCertificates(dir.resolve("ca.pem"), List.of(PKI.ca.certificate()));
        OpenSsl openssl = new OpenSsl(dir);
        openssl.writeKey("recip.key", receiver.privateKey());

        openssl.run("cms", "-decrypt", "-inform", "DER", "-in", "pkg.der", "-recip", "recip.pem",
                "-inkey", "recip.key", "-binary", "-out", "signed.der");
        openssl.run("cms", "-verify", "-inform", "DER", "-in", "signed.der", "-CAfile", "ca.pem",
                "-purpose", "any", "-binary", "-out", "content.bin");

        assertThat(Files.readAllBytes(dir.resolve("content.bin"))).isEqualTo(CONTENT);
    }

    @ParameterizedTest(name = "{0} signer -> {1} recipient")
    @CsvSource({"EC_P256, EC_P256", "RSA_3072, RSA_3072", "EC_P256, RSA_3072"})
    void weOpenWhatOpenSslSeals(KeyAlgorithm signerKey, KeyAlgorithm recipientKey) throws Exception {
        IssuedCredential sender = PKI.issue(SENDER, signerKey);
        IssuedCredential receiver = PKI.issue(RECEIVER, recipientKey);
        OpenSsl openssl = opensslWith(sender, receiver);

        openssl.run(signArgs(signerKey));
        openssl.run(encryptArgs("-aes-256-gcm", recipientKey));

        ByteArrayOutputStream content = new ByteArrayOutputStream();
        VerifiedPackage verified;
        try (InputStream in = Files.newInputStream(dir.resolve("pkg.der"))) {
            verified = new SecurePackageReader(PKI.trustStore(), Packages.LIMIT)
                    .read(in, receiver.decryptionIdentity(), SENDER, Instant.now(), content);
        }
        assertThat(content.toByteArray()).isEqualTo(CONTENT);
        assertThat(verified.senderAuthority()).isEqualTo(SENDER);
    }

    @ParameterizedTest
    @CsvSource({"-aes-128-cbc", "-des3", "-aes-256-cbc", "-aes-128-gcm"})
    void refusesOpenSslPackagesWithOtherCiphers(String cipher) throws Exception {
        IssuedCredential sender = PKI.issue(SENDER, KeyAlgorithm.EC_P256);
        IssuedCredential receiver = PKI.issue(RECEIVER, KeyAlgorithm.RSA_3072);
        OpenSsl openssl = opensslWith(sender, receiver);
        openssl.run(signArgs(KeyAlgorithm.EC_P256));
        openssl.run(encryptArgs(cipher, KeyAlgorithm.RSA_3072));

        PackageRejectedException e = catchThrowableOfType(() -> Packages.open(
                Files.readAllBytes(dir.resolve("pkg.der")), PKI.trustStore(), receiver.decryptionIdentity(), SENDER),
                PackageRejectedException.class);

        assertThat(e.reason()).isEqualTo(RejectionReason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void refusesOpenSslDefaultRsaKeyTransport() throws Exception {
        IssuedCredential sender = PKI.issue(SENDER, KeyAlgorithm.EC_P256);
        IssuedCredential receiver = PKI.issue(RECEIVER, KeyAlgorithm.RSA_3072);
        OpenSsl openssl = opensslWith(sender, receiver);
        openssl.run(signArgs(KeyAlgorithm.EC_P256));
        // No -keyopt: OpenSSL then uses RSA PKCS#1 v1.5 key transport.
        openssl.run("cms", "-encrypt", "-binary", "-aes-256-gcm", "-in", "signed.der", "-recip", "recip.pem",
                "-outform", "DER", "-out", "pkg.der");

        PackageRejectedException e = catchThrowableOfType(() -> Packages.open(
                Files.readAllBytes(dir.resolve("pkg.der")), PKI.trustStore(), receiver.decryptionIdentity(), SENDER),
                PackageRejectedException.class);

        assertThat(e.reason()).isEqualTo(RejectionReason.UNSUPPORTED_ALGORITHM);
    }

    private OpenSsl opensslWith(IssuedCredential sender, IssuedCredential receiver) throws Exception {
        Files.write(dir.resolve("content.bin"), CONTENT);
        PemFiles.writeCertificates(dir.resolve("signer.pem"), List.of(sender.certificate()));
        PemFiles.writeCertificates(dir.resolve("recip.pem"), List.of(receiver.certificate()));
        OpenSsl openssl = new OpenSsl(dir);
        openssl.writeKey("signer.key", sender.privateKey());
        return openssl;
    }

    private static String[] signArgs(KeyAlgorithm signerKey) {
        List<String> args = new java.util.ArrayList<>(List.of("cms", "-sign", "-binary", "-nodetach", "-md", "sha256",
                "-in", "content.bin", "-signer", "signer.pem", "-inkey", "signer.key"));
        if (signerKey == KeyAlgorithm.RSA_3072) {
            args.addAll(List.of("-keyopt", "rsa_padding_mode:pss", "-keyopt", "rsa_pss_saltlen:32"));
        }
        args.addAll(List.of("-outform", "DER", "-out", "signed.der"));
        return args.toArray(String[]::new);
    }

    private static String[] encryptArgs(String cipher, KeyAlgorithm recipientKey) {
        List<String> args = new java.util.ArrayList<>(List.of("cms", "-encrypt", "-binary", cipher,
                "-in", "signed.der", "-recip", "recip.pem"));
        if (recipientKey == KeyAlgorithm.RSA_3072) {
            args.addAll(List.of("-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256",
                    "-keyopt", "rsa_mgf1_md:sha256"));
        } else {
            args.addAll(List.of("-keyopt", "ecdh_kdf_md:sha256"));
        }
        args.addAll(List.of("-outform", "DER", "-out", "pkg.der"));
        return args.toArray(String[]::new);
    }
}
