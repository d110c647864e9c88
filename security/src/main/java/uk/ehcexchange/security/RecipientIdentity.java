package uk.ehcexchange.security;

import java.security.cert.X509Certificate;
import java.util.Objects;

/** The receiving authority's encryption certificate, as a sender knows it. */
public record RecipientIdentity(String authorityCode, X509Certificate certificate) {

    public RecipientIdentity {
        Objects.requireNonNull(authorityCode, "authorityCode");
        Objects.requireNonNull(certificate, "certificate");
    }
}
