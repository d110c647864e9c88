package uk.ehcexchange.security.cms;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;

import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JceAsymmetricKeyWrapper;

import uk.ehcexchange.security.CryptoProvider;
import uk.ehcexchange.security.trust.KeyStrength;
import uk.ehcexchange.security.trust.KeyUsages;

/**
 * The RecipientInfo for a recipient certificate: RSA-OAEP (SHA-256, MGF1-SHA-256) key transport for an RSA key;
 * ECDH dhSinglePass-stdDH-sha256kdf-scheme with AES-256 key wrap and a fresh ephemeral key on the recipient's curve
 * for an EC key.
 */
final class RecipientInfos {

    private static final OAEPParameterSpec OAEP_SHA256 =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private RecipientInfos() {
    }

    static RecipientInfoGenerator forCertificate(X509Certificate recipient) {
        if (!KeyUsages.allowsEncryptionTo(recipient)) {
            throw new IllegalArgumentException("recipient certificate does not allow key transport/agreement");
        }
        if (!KeyStrength.isStrongEnough(recipient.getPublicKey())) {
            throw new IllegalArgumentException("recipient key below the minimum size");
        }
        try {
            if (recipient.getPublicKey() instanceof RSAPublicKey rsa) {
                return new JceKeyTransRecipientInfoGenerator(recipient,
                        new JceAsymmetricKeyWrapper(OAEP_SHA256, rsa).setProvider(CryptoProvider.bouncyCastle()))
                        .setProvider(CryptoProvider.bouncyCastle());
            }
            ECPublicKey ec = (ECPublicKey) recipient.getPublicKey();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", CryptoProvider.bouncyCastle());
            generator.initialize(curveOf(ec));
            KeyPair ephemeral = generator.generateKeyPair();
            return new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF, ephemeral.getPrivate(),
                    ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP)
                    .addRecipient(recipient).setProvider(CryptoProvider.bouncyCastle());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot encrypt to this recipient certificate", e);
        }
    }

    /**
     * The recipient's curve by its OID when the certificate names one (as it should): Bouncy Castle then reuses its
     * cached generator tables, where the JDK's parameter object makes it rebuild them for every package (0.4 ms against
     * 0.1 ms per ephemeral key on P-256). The same curve either way.
     */
    private static AlgorithmParameterSpec curveOf(ECPublicKey key) {
        ASN1Encodable parameters = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm().getParameters();
        if (parameters instanceof ASN1ObjectIdentifier namedCurve) {
            return new ECGenParameterSpec(namedCurve.getId());
        }
        return key.getParams();
    }
}
