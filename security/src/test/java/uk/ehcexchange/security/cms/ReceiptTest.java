package uk.ehcexchange.security.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.ehcexchange.security.TestPki.RECEIVER;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;
import uk.ehcexchange.security.TestPki;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;

class ReceiptTest {

    private static final TestPki PKI = new TestPki();
    private static final byte[] RECEIPT =
            "{\"packageId\":\"pkg-1\",\"status\":\"accepted\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void verifiesAReceiptFromTheRecipientAuthority() throws Exception {
        IssuedCredential receiver = PKI.issue(RECEIVER, KeyAlgorithm.RSA_3072);
        byte[] signed = new ReceiptSigner().sign(RECEIPT, receiver.signingIdentity());

        VerifiedReceipt verified = new ReceiptVerifier(PKI.trustStore()).verify(signed, RECEIVER, Instant.now());

        assertThat(verified.document()).isEqualTo(RECEIPT);
        assertThat(verified.signerAuthority()).isEqualTo(RECEIVER);
    }

    @Test
    void refusesAReceiptSignedByAnotherAuthority() throws Exception {
        IssuedCredential sender = PKI.issue(TestPki.SENDER, KeyAlgorithm.EC_P256);
        byte[] signed = new ReceiptSigner().sign(RECEIPT, sender.signingIdentity());

        PackageRejectedException e = catchThrowableOfType(
                () -> new ReceiptVerifier(PKI.trustStore()).verify(signed, RECEIVER, Instant.now()),
                PackageRejectedException.class);

        assertThat(e.reason()).isEqualTo(RejectionReason.SIGNER_WRONG_AUTHORITY);
    }

    @Test
    void refusesATamperedReceipt() throws Exception {
        IssuedCredential receiver = PKI.issue(RECEIVER, KeyAlgorithm.EC_P256);
        byte[] signed = new ReceiptSigner().sign(RECEIPT, receiver.signingIdentity());
        String text = new String(signed, StandardCharsets.ISO_8859_1).replace("accepted", "rejected");

        PackageRejectedException e = catchThrowableOfType(() -> new ReceiptVerifier(PKI.trustStore())
                .verify(text.getBytes(StandardCharsets.ISO_8859_1), RECEIVER, Instant.now()),
                PackageRejectedException.class);

        assertThat(e.reason()).isEqualTo(RejectionReason.TAMPERED_SIGNED_CONTENT);
    }
}
