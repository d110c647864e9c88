package uk.ehcexchange.security;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * What a receiving hub opens packages with: its authority's encryption key and the certificate senders encrypt to.
 */
public record DecryptionIdentity(String authorityCode, PrivateKey privateKey, X509Certificate certificate) {

    public DecryptionIdentity {
        Objects.requireNonNull(authorityCode, "authorityCode");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
    }

    @Override
    public String toString() {
        return "DecryptionIdentity[" + authorityCode + "]";
    }
}
