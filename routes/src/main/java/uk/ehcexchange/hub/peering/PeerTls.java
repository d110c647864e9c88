package uk.ehcexchange.hub.peering;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import uk.ehcexchange.hub.config.HubProperties;

/**
 * The TLS material hubs authenticate each other with: this hub's identity (PKCS#12) and the CAs whose
 * certificates identify peer hubs (PEM). The same identity serves the peering listener and the client towards
 * peers, and only the configured CAs are trusted — never the JDK's default list.
 */
public final class PeerTls {

    private PeerTls() {
    }

    public static KeyStore identity(HubProperties.Peering peering) {
        try (InputStream in = Files.newInputStream(required(peering.keystore(), "ehc.peering.keystore"))) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password(peering));
            return keyStore;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the peering keystore " + peering.keystore(), e);
        }
    }

    public static KeyStore trustedPeers(HubProperties.Peering peering) {
        try (InputStream in = Files.newInputStream(required(peering.trustedCas(), "ehc.peering.trusted-cas"))) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int n = 0;
            for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("peer-ca-" + n++, ca);
            }
            if (n == 0) {
                throw new IllegalStateException("ehc.peering.trusted-cas lists no certificate");
            }
            return trust;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the peer CAs " + peering.trustedCas(), e);
        }
    }

    public static SSLContext context(HubProperties.Peering peering) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(identity(peering), password(peering));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustedPeers(peering));
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS towards peer hubs", e);
        }
    }

    public static char[] password(HubProperties.Peering peering) {
        if (peering.keystorePassword() == null) {
            throw new IllegalStateException("ehc.peering.keystore-password is required");
        }
        return peering.keystorePassword().toCharArray();
    }

    private static Path required(Path path, String setting) {
        if (path == null) {
            throw new IllegalStateException(setting + " is required when ehc.peering.port is set");
        }
        return path;
    }
}
