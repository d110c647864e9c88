package uk.ehcexchange.security.trust;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trust anchors and CRLs per authority code. Immutable; build a new one to reload configuration. An authority with no
 * anchors is simply absent, and every signer claiming it is refused.
 */
public final class TrustStore {

    private final Map<String, AuthorityTrust> byAuthority;
    private final boolean revocationChecking;

    private TrustStore(Map<String, AuthorityTrust> byAuthority, boolean revocationChecking) {
        this.byAuthority = Map.copyOf(byAuthority);
        this.revocationChecking = revocationChecking;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<AuthorityTrust> forAuthority(String authorityCode) {
        AuthorityTrust trust = authorityCode == null ? null : byAuthority.get(authorityCode);
        return trust == null || trust.anchors().isEmpty() ? Optional.empty() : Optional.of(trust);
    }

    /** When on (the default), a chain is accepted only if a current CRL covers every certificate in it. */
    public boolean revocationChecking() {
        return revocationChecking;
    }

    public static final class Builder {
        private final Map<String, Set<X509Certificate>> anchors = new HashMap<>();
        private final Map<String, List<X509CRL>> crls = new HashMap<>();
        private boolean revocationChecking = true;

        private Builder() {
        }

        /** Trust {@code anchor} to vouch for signers of {@code authorityCode}. */
        public Builder anchor(String authorityCode, X509Certificate anchor) {
            anchors.computeIfAbsent(authorityCode, k -> new HashSet<>()).add(anchor);
            return this;
        }

        /** A CRL to consult for chains of {@code authorityCode} (normally issued by one of its anchors). */
        public Builder crl(String authorityCode, X509CRL crl) {
            crls.computeIfAbsent(authorityCode, k -> new ArrayList<>()).add(crl);
            return this;
        }

        /** Turning revocation checking off is for development only; it is on unless switched off here. */
        public Builder revocationChecking(boolean on) {
            this.revocationChecking = on;
            return this;
        }

        public TrustStore build() {
            Map<String, AuthorityTrust> result = new HashMap<>();
            anchors.forEach((code, set) -> result.put(code,
                    new AuthorityTrust(code, set, crls.getOrDefault(code, List.of()))));
            return new TrustStore(result, revocationChecking);
        }
    }
}
