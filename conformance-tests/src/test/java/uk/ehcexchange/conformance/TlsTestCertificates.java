package uk.ehcexchange.conformance;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import uk.ehcexchange.security.pki.PemFiles;

/**
 * A throwaway TLS CA and hub certificates for "localhost", made at test time, so that two hubs on this machine can
 * authenticate each other with mutual TLS. Nothing here is written outside the test's own folder.
 */
final class TlsTestCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final KeyPair caKeys = ecKeys();
    private final X509Certificate ca;

    TlsTestCertificates() throws Exception {
        X500Name name = new X500Name("CN=Test peer-hub TLS CA");
        ca = sign(new JcaX509v3CertificateBuilder(name, serial(), start(), end(), name, caKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
    }

    void writeCa(Path pem) throws Exception {
        PemFiles.writeCertificates(pem, List.of(ca));
    }

    /** A PKCS#12 with a key and a certificate good for both ends of a TLS connection to localhost. */
    void writeHubIdentity(String hubName, Path p12, char[] password) throws Exception {
        try (OutputStream out = Files.newOutputStream(p12)) {
            identity(hubName, password).store(out, password);
        }
    }

    /** A client's TLS context: an identity of its own from this CA, and this CA as the only one it trusts. */
    SSLContext clientContext(String name) throws Exception {
        char[] password = "client".toCharArray();
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(identity(name, password), password);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", ca);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private KeyStore identity(String hubName, char[] password) throws Exception {
        KeyPair keys = ecKeys();
        X509Certificate certificate = sign(new JcaX509v3CertificateBuilder(new X500Name("CN=Test peer-hub TLS CA"),
                serial(), start(), end(), new X500Name("CN=" + hubName), keys.getPublic())
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1")}))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                        KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("hub", keys.getPrivate(), password, new Certificate[] {certificate, ca});
        return store;
    }

    private X509Certificate sign(X509v3CertificateBuilder builder) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static Date start() {
        return Date.from(Instant.now().minus(Duration.ofHours(1)));
    }

    private static Date end() {
        return Date.from(Instant.now().plus(Duration.ofDays(2)));
    }
}
