package uk.ehcexchange.security.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.security.TestPki.RECEIVER;
import static uk.ehcexchange.security.TestPki.SENDER;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.ehcexchange.security.TestPki;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;

class RoundTripTest {

    private static final TestPki PKI = new TestPki();

    @ParameterizedTest(name = "{0} signer -> {1} recipient")
    @CsvSource({"EC_P256, EC_P256", "RSA_3072, RSA_3072", "EC_P256, RSA_3072", "RSA_3072, EC_P256"})
    void sealsAndOpens(KeyAlgorithm signerKey, KeyAlgorithm recipientKey) throws Exception {
        IssuedCredential sender = PKI.issue(SENDER, signerKey);
        IssuedCredential receiver = PKI.issue(RECEIVER, recipientKey);
        byte[] content = "{\"planId\":\"P-1\",\"sections\":[]}".repeat(500).getBytes(StandardCharsets.UTF_8);

        byte[] sealed = Packages.seal(content, sender.signingIdentity(), receiver);
        Packages.Opened opened = Packages.open(sealed, PKI.trustStore(), receiver.decryptionIdentity(), SENDER);

        assertThat(opened.content()).isEqualTo(content);
        assertThat(opened.verified().senderAuthority()).isEqualTo(SENDER);
        assertThat(opened.verified().signerCertificate()).isEqualTo(sender.certificate());
        assertThat(opened.verified().contentSha256()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(opened.verified().signingTime()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"EC_P256"})
    void takesTheSenderFromTheCertificateWhenNoneIsExpected(KeyAlgorithm key) throws Exception {
        IssuedCredential sender = PKI.issue(SENDER, key);
        IssuedCredential receiver = PKI.issue(RECEIVER, key);
        byte[] sealed = Packages.seal(new byte[0], sender.signingIdentity(), receiver);

        Packages.Opened opened = Packages.open(sealed, PKI.trustStore(), receiver.decryptionIdentity(), null);

        assertThat(opened.content()).isEmpty();
        assertThat(opened.verified().senderAuthority()).isEqualTo(SENDER);
    }
}
