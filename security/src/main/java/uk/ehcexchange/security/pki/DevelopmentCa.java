package uk.ehcexchange.security.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import uk.ehcexchange.security.CryptoProvider;
import uk.ehcexchange.security.trust.AuthorityNames;

/**
 * A certificate authority generated at run time, for the hub's demonstration mode, the operator CLI and tests. It
 * issues per-authority certificates following the {@link AuthorityNames} convention and can publish CRLs. Its key
 * lives in memory only; a caller that wants to keep it uses {@link Pkcs12Files} at a path of its choosing. Not for
 * production: a real deployment uses certificates from the authorities' own PKI.
 */
public final class DevelopmentCa {

    private static final Duration DEFAULT_CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);
    // Certificates are back-dated slightly so that small clock differences between hubs do not reject them.
    private static final Duration BACKDATE = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey caKey;
    private final X509Certificate caCertificate;

    private DevelopmentCa(PrivateKey caKey, X509Certificate caCertificate) {
        this.caKey = caKey;
        this.caCertificate = caCertificate;
    }

    /** A new EC P-256 CA. */
    public static DevelopmentCa create(String name) {
        return create(name, KeyAlgorithm.EC_P256);
    }

    /** A new self-signed CA named {@code CN=<name>, O=EHC Exchange development, C=GB}. */
    public static DevelopmentCa create(String name, KeyAlgorithm algorithm) {
        KeyPair keys = algorithm.generate();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "GB").addRDN(BCStyle.O, "EHC Exchange development").addRDN(BCStyle.CN, name)
                .build();
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(DEFAULT_CA_VALIDITY)), subject,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate cert = toCertificate(builder.build(signer(keys.getPrivate(), keys.getPublic())));
            return new DevelopmentCa(keys.getPrivate(), cert);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot create development CA", e);
        }
    }

    /** A CA from a key and certificate kept earlier (e.g. read back with {@link Pkcs12Files}). */
    public static DevelopmentCa of(PrivateKey caKey, X509Certificate caCertificate) {
        return new DevelopmentCa(Objects.requireNonNull(caKey), Objects.requireNonNull(caCertificate));
    }

    public X509Certificate certificate() {
        return caCertificate;
    }

    /** The CA key, for callers that persist the CA. Keep it out of the repository. */
    public PrivateKey privateKey() {
        return caKey;
    }

    /** A credential for an authority with a new key, valid from now for a year. */
    public IssuedCredential issue(String authorityCode, KeyAlgorithm algorithm) {
        Instant now = Instant.now();
        return issue(authorityCode, algorithm.generate(), now.minus(BACKDATE), now.plus(DEFAULT_VALIDITY));
    }

    /** A credential for an authority with the given key pair and validity window (tests use odd keys and windows). */
    public IssuedCredential issue(String authorityCode, KeyPair keys, Instant notBefore, Instant notAfter) {
        String orgId = AuthorityNames.organizationIdentifierFor(authorityCode);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "GB").addRDN(BCStyle.O, "EHC Exchange development")
                .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, orgId).addRDN(BCStyle.CN, orgId + " hub").build();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
                    Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(usageFor(keys.getPublic())))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            ext.createAuthorityKeyIdentifier(caCertificate));
            X509Certificate cert = toCertificate(builder.build(signer(caKey, caCertificate.getPublicKey())));
            return new IssuedCredential(authorityCode, keys.getPrivate(), cert, List.of());
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot issue certificate", e);
        }
    }

    /** A CRL valid from now for seven days, revoking the given certificates (may be empty). */
    public X509CRL crlRevoking(Collection<X509Certificate> revoked) {
        Instant now = Instant.now();
        return crl(revoked, now.minus(BACKDATE), now.plus(Duration.ofDays(7)));
    }

    public X509CRL crl(Collection<X509Certificate> revoked, Instant thisUpdate, Instant nextUpdate) {
        try {
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(caCertificate, Date.from(thisUpdate))
                    .setNextUpdate(Date.from(nextUpdate))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(caCertificate))
                    .addExtension(Extension.cRLNumber, false, new CRLNumber(serial()));
            for (X509Certificate cert : revoked) {
                builder.addCRLEntry(cert.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
            }
            X509CRLHolder holder = builder.build(signer(caKey, caCertificate.getPublicKey()));
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot issue CRL", e);
        }
    }

    private static int usageFor(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
        }
        if (key instanceof ECPublicKey) {
            return KeyUsage.digitalSignature | KeyUsage.keyAgreement;
        }
        throw new IllegalArgumentException("only RSA and EC keys are issued");
    }

    private static ContentSigner signer(PrivateKey key, PublicKey publicKey) throws OperatorCreationException {
        String algorithm = publicKey instanceof RSAPublicKey ? "SHA256withRSA" : "SHA256withECDSA";
        return new JcaContentSignerBuilder(algorithm).setProvider(CryptoProvider.bouncyCastle()).build(key);
    }

    private static X509Certificate toCertificate(X509CertificateHolder holder) throws GeneralSecurityException {
        // The JDK's certificate factory, so the objects behave like certificates read from any keystore.
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }
}
