package uk.ehcexchange.security.wycheproof;

import java.io.OutputStream;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentVerifier;

import uk.ehcexchange.security.CryptoProvider;

/**
 * A signature checked as the package reader checks a SignerInfo's (SignedContent.verify): a
 * {@link JcaSimpleSignerInfoVerifierBuilder} on the hub's Bouncy Castle provider, built from the signer's public key,
 * asked for the content verifier for the SignerInfo's signature and digest algorithms, exactly what
 * {@code SignerInformation.verify} does, then fed the signed bytes (which in a package are the DER signed attributes;
 * here the vector's message). The public key is decoded by the JDK's key factory, as the JDK's
 * {@code X509Certificate.getPublicKey()} decodes the signer certificate's key in the reader.
 */
final class HubSignatureVerification {

    static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

    /** How a verification ended. The reader refuses a package for anything but {@link #ACCEPTED}. */
    enum Verdict { ACCEPTED, REJECTED, REFUSED_WITH_EXCEPTION }

    private HubSignatureVerification() {
    }

    static PublicKey publicKey(String keyAlgorithm, byte[] subjectPublicKeyInfo) throws Exception {
        return KeyFactory.getInstance(keyAlgorithm).generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
    }

    static Verdict verify(PublicKey key, AlgorithmIdentifier signatureAlgorithm, byte[] message, byte[] signature) {
        try {
            SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(CryptoProvider.bouncyCastle()).build(key);
            ContentVerifier contentVerifier = verifier.getContentVerifier(signatureAlgorithm, SHA256);
            try (OutputStream out = contentVerifier.getOutputStream()) {
                out.write(message);
            }
            return contentVerifier.verify(signature) ? Verdict.ACCEPTED : Verdict.REJECTED;
        } catch (Exception e) {
            // SignedContent.verify turns CMSException, OperatorCreationException and RuntimeException into a
            // refusal; an IOException cannot arise writing to the verifier's stream.
            return Verdict.REFUSED_WITH_EXCEPTION;
        }
    }
}
