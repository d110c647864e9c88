package uk.ehcexchange.security.cms;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedDataStreamGenerator;

import uk.ehcexchange.security.RecipientIdentity;
import uk.ehcexchange.security.SigningIdentity;

/**
 * Seals a package as encrypt(sign(content)): a CMS SignedData with encapsulated content, streamed straight into a CMS
 * AuthEnvelopedData (AES-256-GCM) for the receiving authority. Nothing is buffered beyond a 32 KiB chunk, so
 * payload size is bounded only by the sink.
 * <p>
 * Usage: write the plain content into the returned stream and close it. Closing writes the signature and the GCM
 * tag; {@code sealedSink} is flushed but left open. A package whose stream is not closed is incomplete and will be
 * refused as truncated.
 */
public final class SecurePackageWriter {

    public OutputStream open(OutputStream sealedSink, SigningIdentity signer, RecipientIdentity recipient)
            throws IOException {
        return open(sealedSink, signer, recipient.certificate());
    }

    public OutputStream open(OutputStream sealedSink, SigningIdentity signer, X509Certificate recipient)
            throws IOException {
        // Validate both identities before anything is written to the sink.
        CMSSignedDataStreamGenerator signedGenerator = new CMSSignedDataStreamGenerator();
        signedGenerator.setBufferSize(AuthEnvelopedSealer.CHUNK_BYTES);
        Signers.configure(signedGenerator, signer);
        // The encrypted content type is id-data, not id-signedData: RFC 5083 requires authenticated attributes for
        // any other type, which adds nothing here (the SignedData authenticates itself) and is how OpenSSL nests
        // `cms -sign | cms -encrypt` too.
        OutputStream encrypting = AuthEnvelopedSealer.open(sealedSink, recipient, CMSObjectIdentifiers.data);
        OutputStream signing = signedGenerator.open(encrypting, true);
        return new SealingStream(signing, encrypting);
    }

    /** Closes the signing layer, then the encrypting layer, so that each finishes its structure in order. */
    private static final class SealingStream extends FilterOutputStream {
        private final OutputStream encrypting;
        private boolean closed;

        SealingStream(OutputStream signing, OutputStream encrypting) {
            super(signing);
            this.encrypting = encrypting;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            out.close();
            encrypting.close();
        }
    }
}
