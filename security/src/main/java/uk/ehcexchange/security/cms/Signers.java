package uk.ehcexchange.security.cms;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import uk.ehcexchange.security.CryptoProvider;
import uk.ehcexchange.security.SigningIdentity;
import uk.ehcexchange.security.trust.KeyStrength;
import uk.ehcexchange.security.trust.KeyUsages;

/**
 * Configures a SignedData generator for an identity: SHA256withECDSA for EC keys, RSASSA-PSS (SHA-256, MGF1-SHA-256,
 * 32-byte salt) for RSA keys, the default signed attributes (content-type, message-digest, signing-time and
 * CMS algorithm protection), and the signer's certificate plus its chain without the root.
 */
final class Signers {

    private static final PSSParameterSpec PSS_SHA256 =
            new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private Signers() {
    }

    static void configure(CMSSignedGenerator generator, SigningIdentity signer) {
        X509Certificate cert = signer.certificate();
        if (!KeyUsages.allowsSigning(cert)) {
            throw new IllegalArgumentException("signer certificate lacks the digitalSignature key usage");
        }
        if (!KeyStrength.isStrongEnough(cert.getPublicKey())) {
            throw new IllegalArgumentException("signer key below the minimum size");
        }
        try {
            ContentSigner contentSigner = contentSigner(signer);
            // The JDK's SHA-256 uses the CPU's SHA instructions and is about ten times faster than Bouncy
            // Castle's pure-Java one on the content digest, which covers the whole package.
            SignerInfoGenerator info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).build(contentSigner, cert);
            generator.addSignerInfoGenerator(info);
            List<X509Certificate> certs = new ArrayList<>();
            certs.add(cert);
            for (X509Certificate c : signer.chain()) {
                if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
                    certs.add(c); // roots are the receiver's anchors and are never taken from the message
                }
            }
            generator.addCertificates(new JcaCertStore(certs));
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IllegalArgumentException("cannot sign with this identity", e);
        }
    }

    private static ContentSigner contentSigner(SigningIdentity signer) throws OperatorCreationException {
        if (signer.privateKey() instanceof RSAPrivateKey || "RSA".equals(signer.privateKey().getAlgorithm())) {
            return new JcaContentSignerBuilder("SHA256withRSAandMGF1", PSS_SHA256)
                    .setProvider(CryptoProvider.bouncyCastle()).build(signer.privateKey());
        }
        if (signer.privateKey() instanceof ECPrivateKey || "EC".equals(signer.privateKey().getAlgorithm())) {
            return new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider(CryptoProvider.bouncyCastle()).build(signer.privateKey());
        }
        throw new IllegalArgumentException("only RSA and EC signing keys are supported");
    }
}
