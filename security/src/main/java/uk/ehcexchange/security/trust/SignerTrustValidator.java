package uk.ehcexchange.security.trust;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;

/**
 * Decides whether a signer's certificate may speak for an authority. Fail closed: every check must pass, and any
 * error in the checking itself is a rejection.
 * <ol>
 *   <li>the certificate names the authority (organizationIdentifier, see {@link AuthorityNames});</li>
 *   <li>it has the digitalSignature key usage, and it and every certificate above it use strong keys and no
 *       SHA-1/MD5 signatures;</li>
 *   <li>its chain validates by PKIX, at the time of receipt, to an anchor configured for that authority;</li>
 *   <li>with revocation checking on, a current CRL covers every certificate in the chain and none is revoked.
 *       Only configured CRLs are used: no OCSP, no fetching from distribution points.</li>
 * </ol>
 */
public final class SignerTrustValidator {

    private static final int MAX_CHAIN_LENGTH = 6;

    private final TrustStore trustStore;

    public SignerTrustValidator(TrustStore trustStore) {
        this.trustStore = Objects.requireNonNull(trustStore, "trustStore");
    }

    /**
     * @param signer            the certificate whose key verified the signature
     * @param suppliedCerts     certificates that came with the signature (intermediates); untrusted on their own
     * @param expectedAuthority the authority the package claims to come from; null to take it from the certificate
     * @param at                the time of receipt, at which the chain must be valid
     * @return the authority code the signer is trusted for
     */
    public String validate(X509Certificate signer, Collection<X509Certificate> suppliedCerts,
                           String expectedAuthority, Instant at) throws PackageRejectedException {
        Optional<String> named = AuthorityNames.authorityOf(signer);
        if (expectedAuthority == null && named.isEmpty()) {
            throw new PackageRejectedException(RejectionReason.SIGNER_NOT_TRUSTED,
                    "signer certificate names no authority");
        }
        String authority = expectedAuthority != null ? expectedAuthority : named.get();
        if (named.isEmpty() || !named.get().equals(authority)) {
            throw new PackageRejectedException(RejectionReason.SIGNER_WRONG_AUTHORITY,
                    "signer certificate does not name the expected authority");
        }
        if (!KeyUsages.allowsSigning(signer)) {
            throw new PackageRejectedException(RejectionReason.SIGNER_NOT_TRUSTED,
                    "signer certificate lacks the digitalSignature key usage");
        }
        AuthorityTrust trust = trustStore.forAuthority(authority).orElseThrow(() -> new PackageRejectedException(
                RejectionReason.SIGNER_NOT_TRUSTED, "no trust anchors configured for the authority"));

        List<X509Certificate> path = buildPath(signer, suppliedCerts, trust.anchors());
        for (X509Certificate cert : path) {
            checkCertificateAlgorithms(cert);
        }
        validatePath(path, trust, at);
        return authority;
    }

    /** Orders the supplied certificates from the signer upwards until one is issued by an anchor. */
    private static List<X509Certificate> buildPath(X509Certificate signer, Collection<X509Certificate> supplied,
                                                   Set<X509Certificate> anchors) {
        List<X509Certificate> path = new ArrayList<>();
        path.add(signer);
        X509Certificate current = signer;
        while (path.size() < MAX_CHAIN_LENGTH && !issuedByAnyOf(current, anchors)) {
            X509Certificate issuer = findIssuer(current, supplied, path);
            if (issuer == null) {
                break;
            }
            path.add(issuer);
            current = issuer;
        }
        return path;
    }

    private static boolean issuedByAnyOf(X509Certificate cert, Set<X509Certificate> anchors) {
        return anchors.stream().anyMatch(a -> a.getSubjectX500Principal().equals(cert.getIssuerX500Principal()));
    }

    private static X509Certificate findIssuer(X509Certificate cert, Collection<X509Certificate> supplied,
                                              List<X509Certificate> alreadyUsed) {
        for (X509Certificate candidate : supplied) {
            boolean selfSigned = candidate.getSubjectX500Principal().equals(candidate.getIssuerX500Principal());
            if (!selfSigned && !alreadyUsed.contains(candidate)
                    && candidate.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
                return candidate;
            }
        }
        return null;
    }

    private static void checkCertificateAlgorithms(X509Certificate cert) throws PackageRejectedException {
        if (!KeyStrength.isStrongEnough(cert.getPublicKey())) {
            throw new PackageRejectedException(RejectionReason.WEAK_KEY, "certificate key below the minimum size");
        }
        String sigAlg = cert.getSigAlgName().toUpperCase(Locale.ROOT);
        if (sigAlg.contains("SHA1") || sigAlg.contains("MD5") || sigAlg.contains("MD2")) {
            throw new PackageRejectedException(RejectionReason.UNSUPPORTED_ALGORITHM,
                    "certificate signed with a disallowed algorithm");
        }
    }

    private void validatePath(List<X509Certificate> path, AuthorityTrust trust, Instant at)
            throws PackageRejectedException {
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            Set<TrustAnchor> anchors = trust.anchors().stream()
                    .map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
            PKIXParameters params = new PKIXParameters(anchors);
            params.setDate(Date.from(at));
            CertPathValidator validator = CertPathValidator.getInstance("PKIX");
            if (trustStore.revocationChecking()) {
                params.setRevocationEnabled(true);
                List<Object> storeContent = new ArrayList<>(trust.crls());
                params.addCertStore(CertStore.getInstance("Collection",
                        new CollectionCertStoreParameters(storeContent)));
                PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
                // Configured CRLs only: no OCSP, no network fetches, and no soft-fail.
                checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS,
                        PKIXRevocationChecker.Option.NO_FALLBACK));
                params.addCertPathChecker(checker);
            } else {
                params.setRevocationEnabled(false);
            }
            validator.validate(certPath, params);
        } catch (CertPathValidatorException e) {
            throw new PackageRejectedException(reasonFor(e), "certificate path rejected: " + e.getReason(), e);
        } catch (InvalidAlgorithmParameterException e) {
            throw new PackageRejectedException(RejectionReason.SIGNER_NOT_TRUSTED, "no usable trust anchors", e);
        } catch (GeneralSecurityException e) {
            throw new PackageRejectedException(RejectionReason.SIGNER_NOT_TRUSTED, "certificate path unusable", e);
        }
    }

    private static RejectionReason reasonFor(CertPathValidatorException e) {
        if (e.getReason() instanceof BasicReason basic) {
            return switch (basic) {
                case EXPIRED, NOT_YET_VALID -> RejectionReason.SIGNER_EXPIRED;
                case REVOKED -> RejectionReason.SIGNER_REVOKED;
                case UNDETERMINED_REVOCATION_STATUS -> RejectionReason.SIGNER_REVOCATION_UNKNOWN;
                case ALGORITHM_CONSTRAINED -> RejectionReason.UNSUPPORTED_ALGORITHM;
                default -> RejectionReason.SIGNER_NOT_TRUSTED;
            };
        }
        return RejectionReason.SIGNER_NOT_TRUSTED;
    }
}
