package uk.ehcexchange.security;

import java.security.cert.X509CRL;
import java.util.List;

import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.trust.TrustStore;

/**
 * A PKI generated at test time: one CA that both authorities trust, credentials for council 201 and 202, and a
 * rogue CA nobody trusts. Nothing is read from disk, so no private key ever sits in the repository.
 */
public final class TestPki {

    public static final String SENDER = "201";
    public static final String RECEIVER = "202";

    public final DevelopmentCa ca = DevelopmentCa.create("EHC test CA");
    public final DevelopmentCa rogueCa = DevelopmentCa.create("EHC test CA"); // same name, different key

    public IssuedCredential issue(String authority, KeyAlgorithm algorithm) {
        return ca.issue(authority, algorithm);
    }

    /** Trusts {@link #ca} for both authorities, with an empty CRL so revocation checking can pass. */
    public TrustStore trustStore() {
        return trustStore(ca.crlRevoking(List.of()));
    }

    public TrustStore trustStore(X509CRL crl) {
        return TrustStore.builder()
                .anchor(SENDER, ca.certificate()).crl(SENDER, crl)
                .anchor(RECEIVER, ca.certificate()).crl(RECEIVER, crl)
                .build();
    }
}
