package uk.ehcexchange.security.cms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.bouncycastle.cms.CMSSignedDataStreamGenerator;

import uk.ehcexchange.security.SigningIdentity;

/**
 * Signs a receipt document (bytes chosen by the caller, e.g. JSON) as a CMS SignedData with encapsulated content and
 * the same algorithms and attributes as a package. Receipts are small and not confidential, so they are not
 * encrypted and are handled in memory.
 */
public final class ReceiptSigner {

    public byte[] sign(byte[] receiptDocument, SigningIdentity signer) throws IOException {
        CMSSignedDataStreamGenerator generator = new CMSSignedDataStreamGenerator();
        Signers.configure(generator, signer);
        ByteArrayOutputStream out = new ByteArrayOutputStream(receiptDocument.length + 2048);
        try (OutputStream signing = generator.open(out, true)) {
            signing.write(receiptDocument);
        }
        return out.toByteArray();
    }
}
