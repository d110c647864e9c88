package uk.ehcexchange.security.trust;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The trust configured for one authority: the anchors its signers must chain to, and the CRLs published by those
 * anchors (or by intermediates below them). Anchors are per authority so that a CA trusted for one council cannot
 * vouch for another.
 */
public record AuthorityTrust(String authorityCode, Set<X509Certificate> anchors, List<X509CRL> crls) {

    public AuthorityTrust {
        Objects.requireNonNull(authorityCode, "authorityCode");
        anchors = Set.copyOf(anchors);
        crls = List.copyOf(crls);
    }
}
