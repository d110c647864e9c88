package uk.ehcexchange.hub.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.model.reference.EnglishLocalAuthorities;
import uk.ehcexchange.security.DecryptionIdentity;
import uk.ehcexchange.security.SigningIdentity;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.Fingerprints;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.Pkcs12Files;
import uk.ehcexchange.security.trust.AuthorityNames;
import uk.ehcexchange.security.trust.TrustStore;

/**
 * The keys of the councils this hub serves and the trust it places in other authorities' signers. Fail closed:
 * the hub does not start when a council it serves has no key or no trust anchors, except in demonstration mode,
 * which invents a throwaway CA and keys at every start and says so.
 */
@Component
public class HubCredentials {

    private static final Logger log = LoggerFactory.getLogger(HubCredentials.class);

    /** A council this hub serves, with what it signs and decrypts with. */
    public record Tenant(SigningIdentity signer, DecryptionIdentity decrypter) {
        public X509Certificate certificate() {
            return signer.certificate();
        }
    }

    private final Map<String, Tenant> tenants = new LinkedHashMap<>();
    /** Encryption certificates of councils other hubs serve, by authority. */
    private final Map<String, X509Certificate> remote = new LinkedHashMap<>();
    private final TrustStore trust;
    private final boolean demonstration;

    public HubCredentials(HubProperties properties) {
        this.demonstration = properties.demoMode();
        TrustStore.Builder trustBuilder = TrustStore.builder();
        if (demonstration) {
            DevelopmentCa ca = DevelopmentCa.create("EHC Exchange DEMONSTRATION CA (throwaway)");
            for (String council : HubProperties.DEMO_COUNCILS) {
                IssuedCredential credential = ca.issue(council, KeyAlgorithm.EC_P256);
                tenants.put(council, new Tenant(credential.signingIdentity(), credential.decryptionIdentity()));
                trustBuilder.anchor(council, ca.certificate());
            }
            log.warn("DEMO MODE: throwaway CA {} and keys for councils {} generated at start; every receipt says so. "
                    + "Not for real data.", Fingerprints.sha256(ca.certificate()), HubProperties.DEMO_COUNCILS);
        }
        for (HubProperties.Tenant tenant : properties.tenants()) {
            tenants.put(tenant.authority(), load(tenant));
        }
        for (HubProperties.Trust entry : properties.trust()) {
            entry.anchors().forEach(anchor -> certificates(anchor).forEach(c -> trustBuilder.anchor(entry.authority(), c)));
            entry.crls().forEach(crl -> trustBuilder.crl(entry.authority(), crl(crl)));
        }
        for (HubProperties.Peer peer : properties.peers()) {
            peer.certificates().forEach(pem -> certificates(pem).forEach(certificate -> remote.put(
                    AuthorityNames.authorityOf(certificate).orElseThrow(() -> new IllegalStateException(
                            pem + " does not name an authority (organizationIdentifier EHC-LA-<code>)")),
                    certificate)));
            for (String authority : peer.authorities()) {
                if (!remote.containsKey(authority)) {
                    throw new IllegalStateException("peer " + peer.name() + " serves " + authority
                            + " but no encryption certificate for it is configured (ehc.peers[n].certificates)");
                }
            }
        }
        this.trust = trustBuilder.revocationChecking(!demonstration && properties.revocationChecking()).build();
        requireKeysAndTrustForEveryClient(properties);
    }

    private void requireKeysAndTrustForEveryClient(HubProperties properties) {
        Set<String> served = new LinkedHashSet<>();
        // Only councils sign and receive packages; an ICB's or trust's client needs no key here.
        properties.clients().stream().map(HubProperties.Client::authority)
                .filter(EnglishLocalAuthorities::isKnownLaCode).forEach(served::add);
        for (String authority : served) {
            if (!tenants.containsKey(authority)) {
                throw new IllegalStateException("Council " + authority + " has API clients but no signing key: "
                        + "configure ehc.tenants[n].authority=" + authority + " with its PKCS#12 keystore");
            }
            if (trust.forAuthority(authority).isEmpty()) {
                throw new IllegalStateException("Council " + authority + " has no trust anchors: configure "
                        + "ehc.trust[n].authority=" + authority + " with the CA that issues its certificates");
            }
        }
    }

    public boolean serves(String authority) {
        return tenants.containsKey(authority);
    }

    public Tenant tenant(String authority) {
        Tenant tenant = tenants.get(authority);
        if (tenant == null) {
            throw new IllegalArgumentException("this hub does not serve " + authority);
        }
        return tenant;
    }

    /** The certificate to encrypt a package for {@code authority}: its own if served here, else its peer's. */
    public X509Certificate encryptionCertificate(String authority) {
        if (tenants.containsKey(authority)) {
            return tenants.get(authority).certificate();
        }
        X509Certificate certificate = remote.get(authority);
        if (certificate == null) {
            throw new IllegalArgumentException("no encryption certificate for " + authority);
        }
        return certificate;
    }

    public boolean canEncryptFor(String authority) {
        return tenants.containsKey(authority) || remote.containsKey(authority);
    }

    public TrustStore trust() {
        return trust;
    }

    /** True when the keys are throwaway demonstration keys: receipts signed with them prove nothing. */
    public boolean demonstration() {
        return demonstration;
    }

    private static Tenant load(HubProperties.Tenant tenant) {
        if (tenant.keystore() == null || tenant.keystorePassword() == null) {
            throw new IllegalStateException("ehc.tenants[" + tenant.authority() + "] needs keystore and keystore-password");
        }
        try {
            Pkcs12Files.KeyAndChain keys = Pkcs12Files.read(tenant.keystore(), tenant.keystorePassword().toCharArray());
            List<X509Certificate> issuers = keys.chain().subList(1, keys.chain().size()).stream()
                    .filter(c -> !c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
                    .toList();
            return new Tenant(new SigningIdentity(tenant.authority(), keys.privateKey(), keys.certificate(), issuers),
                    new DecryptionIdentity(tenant.authority(), keys.privateKey(), keys.certificate()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the keystore of council " + tenant.authority(), e);
        }
    }

    private static List<X509Certificate> certificates(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trust anchor " + pem, e);
        } catch (CertificateException e) {
            throw new IllegalStateException("not a certificate: " + pem, e);
        }
    }

    private static X509CRL crl(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CRL " + pem, e);
        } catch (CertificateException | CRLException e) {
            throw new IllegalStateException("not a CRL: " + pem, e);
        }
    }
}
