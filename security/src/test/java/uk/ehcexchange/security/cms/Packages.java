package uk.ehcexchange.security.cms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

import org.bouncycastle.cms.CMSSignedDataStreamGenerator;

import uk.ehcexchange.security.DecryptionIdentity;
import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.SigningIdentity;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.trust.TrustStore;

/** Small in-memory helpers for tests that deal with kilobyte packages. */
final class Packages {

    static final long LIMIT = 16L * 1024 * 1024;

    private Packages() {
    }

    static byte[] seal(byte[] content, SigningIdentity signer, IssuedCredential recipient) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = new SecurePackageWriter().open(sealed, signer, recipient.certificate())) {
            out.write(content);
        }
        return sealed.toByteArray();
    }

    /** The inner layer alone: a SignedData with the content encapsulated, as the writer makes it. */
    static byte[] signedData(byte[] content, SigningIdentity signer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CMSSignedDataStreamGenerator generator = new CMSSignedDataStreamGenerator();
        Signers.configure(generator, signer);
        try (OutputStream signing = generator.open(out, true)) {
            signing.write(content);
        }
        return out.toByteArray();
    }

    record Opened(VerifiedPackage verified, byte[] content) {
    }

    static Opened open(byte[] sealed, TrustStore trust, DecryptionIdentity me, String expectedSender)
            throws IOException, PackageRejectedException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        VerifiedPackage verified = new SecurePackageReader(trust, LIMIT)
                .read(new ByteArrayInputStream(sealed), me, expectedSender, Instant.now(), content);
        return new Opened(verified, content.toByteArray());
    }
}
