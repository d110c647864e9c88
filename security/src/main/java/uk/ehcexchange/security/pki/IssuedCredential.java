package uk.ehcexchange.security.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

import uk.ehcexchange.security.DecryptionIdentity;
import uk.ehcexchange.security.RecipientIdentity;
import uk.ehcexchange.security.SigningIdentity;

/**
 * A key and certificate issued to an authority by the development CA. The certificate allows both signing and
 * encryption (digitalSignature plus keyEncipherment for RSA or keyAgreement for EC), so one credential serves a
 * demonstration hub as sender and receiver.
 *
 * @param chain certificates above {@code certificate}, nearest first, excluding the root (empty for this CA)
 */
public record IssuedCredential(String authorityCode, PrivateKey privateKey, X509Certificate certificate,
                               List<X509Certificate> chain) {

    public IssuedCredential {
        Objects.requireNonNull(authorityCode, "authorityCode");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        chain = List.copyOf(chain);
    }

    public SigningIdentity signingIdentity() {
        return new SigningIdentity(authorityCode, privateKey, certificate, chain);
    }

    public DecryptionIdentity decryptionIdentity() {
        return new DecryptionIdentity(authorityCode, privateKey, certificate);
    }

    public RecipientIdentity recipientIdentity() {
        return new RecipientIdentity(authorityCode, certificate);
    }

    @Override
    public String toString() {
        return "IssuedCredential[" + authorityCode + "]";
    }
}
