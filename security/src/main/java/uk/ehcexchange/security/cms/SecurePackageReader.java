package uk.ehcexchange.security.cms;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Objects;

import javax.crypto.AEADBadTagException;

import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSAuthEnvelopedDataParser;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.util.io.Streams;

import uk.ehcexchange.security.DecryptionIdentity;
import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;
import uk.ehcexchange.security.trust.SignerTrustValidator;
import uk.ehcexchange.security.trust.TrustStore;

/**
 * Opens a sealed package in one streaming pass: decrypts the AuthEnvelopedData (Bouncy Castle parses it and recovers
 * the key; {@link GcmDecryptingInputStream} decrypts on the JDK's AES instructions), streams the signed content into
 * the caller's sink, confirms the GCM tag, then verifies the signature and the signer's trust.
 * <p>
 * The content reaches the sink <em>before</em> it is authenticated: the caller must spool it (to a temp file, say)
 * and treat it as untrusted until {@link #read} returns normally. On any failure it throws
 * {@link PackageRejectedException} and the spooled bytes must be discarded.
 * <p>
 * When several things are wrong, the reason reported is the first in this order: package-too-large, then a failed
 * GCM tag (tampered-ciphertext) over anything found inside the decrypted bytes, then truncated-package, then the
 * first structural, algorithm, signature or trust failure.
 */
public final class SecurePackageReader {

    private final SignerTrustValidator trust;
    private final long maxSealedBytes;

    public SecurePackageReader(TrustStore trustStore, long maxSealedBytes) {
        if (maxSealedBytes <= 0) {
            throw new IllegalArgumentException("maxSealedBytes must be positive");
        }
        this.trust = new SignerTrustValidator(trustStore);
        this.maxSealedBytes = maxSealedBytes;
    }

    /**
     * @param sealed                the sealed DER/BER bytes; read up to the size limit, not closed
     * @param me                    this hub's decryption key and certificate
     * @param expectedSenderAuthority the authority the package claims to come from; null to take it from the
     *                              signer's certificate (the trust anchors are then those of that authority)
     * @param receivedAt            when the package was received; the signer's chain must be valid then
     * @param contentSink           receives the plain content; not closed
     * @throws IOException only when {@code sealed} or {@code contentSink} themselves fail
     */
    public VerifiedPackage read(InputStream sealed, DecryptionIdentity me, String expectedSenderAuthority,
                                Instant receivedAt, OutputStream contentSink)
            throws PackageRejectedException, IOException {
        Objects.requireNonNull(me, "me");
        Objects.requireNonNull(receivedAt, "receivedAt");
        LimitedInputStream limited = new LimitedInputStream(sealed, maxSealedBytes);
        GuardedSink sink = new GuardedSink(contentSink);
        try {
            return readChecked(new BufferedInputStream(limited, AuthEnvelopedSealer.CHUNK_BYTES), me,
                    expectedSenderAuthority, receivedAt, sink);
        } catch (PackageRejectedException e) {
            if (limited.exceeded()) {
                throw tooLarge(e);
            }
            throw e;
        } catch (Exception e) {
            if (sink.failure() != null) {
                throw sink.failure();
            }
            if (limited.sourceFailure() != null) {
                throw limited.sourceFailure();
            }
            throw classify(e, limited);
        }
    }

    private VerifiedPackage readChecked(InputStream in, DecryptionIdentity me, String expectedSender,
                                        Instant receivedAt, OutputStream sink) throws Exception {
        OuterContentType.requireAuthEnvelopedData(in);
        CMSAuthEnvelopedDataParser envelope = new CMSAuthEnvelopedDataParser(in);
        AlgorithmPolicy.checkContentEncryption(envelope.getEncryptionAlgOID());

        RecipientInformation mine = envelope.getRecipientInfos().get(recipientId(me.privateKey(), me.certificate()));
        if (mine == null) {
            throw new PackageRejectedException(RejectionReason.WRONG_RECIPIENT,
                    "no recipient entry for this hub's certificate");
        }
        Recipient recipient = checkedRecipient(mine, me.privateKey());
        CMSTypedStream decrypted;
        try {
            decrypted = mine.getContentStream(recipient);
        } catch (CMSException e) {
            throw new PackageRejectedException(RejectionReason.TAMPERED_CIPHERTEXT,
                    "content-encryption key could not be recovered", e);
        }
        if (!CMSObjectIdentifiers.signedData.equals(decrypted.getContentType())
                && !CMSObjectIdentifiers.data.equals(decrypted.getContentType())) {
            throw new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE,
                    "encrypted content is not SignedData");
        }
        InputStream plain = decrypted.getContentStream();
        SignedContent signed;
        try {
            signed = SignedContent.stream(plain, sink);
        } catch (Exception e) {
            // A flipped ciphertext bit can break the inner structure before the tag is reached: finish decrypting
            // so that a failed tag is reported as such, in preference to whatever the garbage looked like.
            drainForTagCheck(plain, e);
            throw e;
        }
        // Reaching the end of the decrypted stream is what checks the GCM tag; nothing is trusted before this.
        Streams.drain(plain);
        SignedContent.Verified verified = signed.verify(trust, expectedSender, receivedAt);
        return new VerifiedPackage(verified.authority(), verified.signer(), signed.contentSha256(),
                verified.signingTime());
    }

    private static RecipientId recipientId(PrivateKey key, X509Certificate cert) {
        if (key instanceof RSAPrivateKey || "RSA".equals(key.getAlgorithm())) {
            return new JceKeyTransRecipientId(cert);
        }
        return new JceKeyAgreeRecipientId(cert);
    }

    private static Recipient checkedRecipient(RecipientInformation info, PrivateKey key)
            throws PackageRejectedException {
        if (info instanceof KeyTransRecipientInformation) {
            AlgorithmPolicy.checkKeyTransport(info.getKeyEncryptionAlgorithm());
            return GcmRecipients.keyTransport(key);
        }
        if (info instanceof KeyAgreeRecipientInformation) {
            AlgorithmPolicy.checkKeyAgreement(info.getKeyEncryptionAlgorithm());
            return GcmRecipients.keyAgreement(key);
        }
        throw new PackageRejectedException(RejectionReason.UNSUPPORTED_ALGORITHM,
                "recipient info type not supported");
    }

    private static void drainForTagCheck(InputStream plain, Exception original) throws PackageRejectedException {
        try {
            Streams.drain(plain);
        } catch (Exception drainFailure) {
            if (isTagFailure(drainFailure)) {
                PackageRejectedException tampered = new PackageRejectedException(
                        RejectionReason.TAMPERED_CIPHERTEXT, "GCM authentication failed", drainFailure);
                tampered.addSuppressed(original);
                throw tampered;
            }
        }
    }

    private PackageRejectedException classify(Exception e, LimitedInputStream limited) {
        if (limited.exceeded()) {
            return tooLarge(e);
        }
        if (isTagFailure(e)) {
            return new PackageRejectedException(RejectionReason.TAMPERED_CIPHERTEXT, "GCM authentication failed", e);
        }
        if (limited.reachedEnd()) {
            return new PackageRejectedException(RejectionReason.TRUNCATED_PACKAGE,
                    "input ended before the package was complete", e);
        }
        return new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE, "not a readable package", e);
    }

    private PackageRejectedException tooLarge(Exception e) {
        return new PackageRejectedException(RejectionReason.PACKAGE_TOO_LARGE,
                "larger than " + maxSealedBytes + " bytes", e);
    }

    static boolean isTagFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AEADBadTagException || t instanceof InvalidCipherTextException
                    || t instanceof org.bouncycastle.crypto.io.InvalidCipherTextIOException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
