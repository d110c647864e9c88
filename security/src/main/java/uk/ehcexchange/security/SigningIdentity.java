package uk.ehcexchange.security;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What a hub signs with on behalf of an authority.
 *
 * @param authorityCode the hub's code for the authority (DfE LA code such as {@code 201}, or an ODS code)
 * @param privateKey    the signing key (EC P-256 or stronger, or RSA 2048+; RSA signs with RSASSA-PSS)
 * @param certificate   the signer's certificate
 * @param chain         the issuing certificates above the signer, nearest first, excluding the root (may be empty);
 *                      these are embedded in the SignedData so the receiver can build the path to its anchor
 */
public record SigningIdentity(String authorityCode, PrivateKey privateKey, X509Certificate certificate,
                              List<X509Certificate> chain) {

    public SigningIdentity {
        Objects.requireNonNull(authorityCode, "authorityCode");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        chain = List.copyOf(chain == null ? List.of() : chain);
    }

    @Override
    public String toString() {
        // Never print the key.
        return "SigningIdentity[" + authorityCode + "]";
    }
}
