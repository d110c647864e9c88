package uk.ehcexchange.security.cms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataParser;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

import uk.ehcexchange.security.CryptoProvider;
import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;
import uk.ehcexchange.security.trust.KeyStrength;
import uk.ehcexchange.security.trust.SignerTrustValidator;

/**
 * A CMS SignedData read in one streaming pass: first {@link #stream} copies the encapsulated content to a sink
 * (digesting it on the way), then {@link #verify} checks algorithms, key size, signature and signer trust. The two
 * steps are separate so that the package reader can confirm the GCM tag in between.
 */
final class SignedContent {

    private final Store<X509CertificateHolder> certificates;
    private final Collection<SignerInformation> signers;
    private final byte[] contentSha256;

    private SignedContent(Store<X509CertificateHolder> certificates, Collection<SignerInformation> signers,
                          byte[] contentSha256) {
        this.certificates = certificates;
        this.signers = signers;
        this.contentSha256 = contentSha256;
    }

    record Verified(String authority, X509Certificate signer, Instant signingTime) {
    }

    static SignedContent stream(InputStream signedData, OutputStream contentSink)
            throws IOException, CMSException, PackageRejectedException {
        CMSSignedDataParser parser;
        try {
            // The JDK's SHA-256 (CPU SHA instructions) for the content digest; see Signers.
            parser = new CMSSignedDataParser(new JcaDigestCalculatorProviderBuilder().build(), signedData);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("digest provider unavailable", e);
        }
        CMSTypedStream content = parser.getSignedContent();
        if (content == null || !CMSObjectIdentifiers.data.equals(content.getContentType())) {
            throw new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE,
                    "SignedData without encapsulated id-data content");
        }
        MessageDigest sha256 = sha256();
        try (InputStream in = content.getContentStream()) {
            byte[] buffer = new byte[AuthEnvelopedSealer.CHUNK_BYTES];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                sha256.update(buffer, 0, n);
                contentSink.write(buffer, 0, n);
            }
        }
        contentSink.flush();
        Store<X509CertificateHolder> certificates = parser.getCertificates();
        Collection<SignerInformation> signers = parser.getSignerInfos().getSigners();
        return new SignedContent(certificates, signers, sha256.digest());
    }

    byte[] contentSha256() {
        return contentSha256.clone();
    }

    Verified verify(SignerTrustValidator trust, String expectedAuthority, Instant at)
            throws PackageRejectedException {
        if (signers.size() != 1) {
            throw new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE, "expected exactly one signer");
        }
        SignerInformation signer = signers.iterator().next();
        AlgorithmPolicy.checkDigest(signer.getDigestAlgorithmID());
        AlgorithmPolicy.checkSignature(signer.toASN1Structure().getDigestEncryptionAlgorithm());

        X509Certificate signerCert = signerCertificate(signer);
        if (!KeyStrength.isStrongEnough(signerCert.getPublicKey())) {
            throw new PackageRejectedException(RejectionReason.WEAK_KEY, "signer key below the minimum size");
        }
        Instant signingTime = signingTime(signer);
        try {
            // Verify with the bare public key: certificate validity is judged at receipt time by the trust check,
            // not at the signer's claimed signing time as Bouncy Castle would do with a certificate.
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(CryptoProvider.bouncyCastle()).build(signerCert.getPublicKey()));
            if (!valid) {
                throw new PackageRejectedException(RejectionReason.TAMPERED_SIGNED_CONTENT,
                        "signature does not verify");
            }
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            throw new PackageRejectedException(RejectionReason.TAMPERED_SIGNED_CONTENT,
                    "signature does not verify", e);
        }
        String authority = trust.validate(signerCert, allCertificates(), expectedAuthority, at);
        return new Verified(authority, signerCert, signingTime);
    }

    @SuppressWarnings("unchecked")
    private X509Certificate signerCertificate(SignerInformation signer) throws PackageRejectedException {
        Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
        if (matches.size() != 1) {
            throw new PackageRejectedException(RejectionReason.SIGNER_NOT_TRUSTED,
                    "signer certificate not included");
        }
        return toX509(matches.iterator().next());
    }

    private List<X509Certificate> allCertificates() throws PackageRejectedException {
        List<X509Certificate> all = new ArrayList<>();
        for (X509CertificateHolder holder : certificates.getMatches(null)) {
            all.add(toX509(holder));
        }
        return all;
    }

    private static X509Certificate toX509(X509CertificateHolder holder) throws PackageRejectedException {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE, "unreadable certificate", e);
        }
    }

    private static Instant signingTime(SignerInformation signer) throws PackageRejectedException {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            throw new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE,
                    "signed attributes must include one signing-time");
        }
        try {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        } catch (RuntimeException e) {
            throw new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE, "unreadable signing-time", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
