package uk.ehcexchange.security;

/**
 * Why a sealed package or a signed receipt was refused. The codes are stable: they go into audit events, problem
 * responses and operator runbooks, so never rename one; add a new constant instead.
 */
public enum RejectionReason {
    /** The AES-GCM authentication tag did not verify, or the content-encryption key could not be unwrapped. */
    TAMPERED_CIPHERTEXT("tampered-ciphertext"),
    /** The decrypted SignedData did not verify against the signer's public key. */
    TAMPERED_SIGNED_CONTENT("tampered-signed-content"),
    /** The signer's chain does not lead to an anchor configured for the authority, or the certificate is unfit. */
    SIGNER_NOT_TRUSTED("signer-not-trusted"),
    /** The signer's certificate (or one above it) is outside its validity window at the time of receipt. */
    SIGNER_EXPIRED("signer-expired"),
    /** The signer's certificate (or one above it) is on a configured CRL. */
    SIGNER_REVOKED("signer-revoked"),
    /** Revocation checking is on but no current CRL is configured for an issuer in the chain. */
    SIGNER_REVOCATION_UNKNOWN("signer-revocation-unknown"),
    /** The signer's certificate names a different authority from the one the package claims to come from. */
    SIGNER_WRONG_AUTHORITY("signer-wrong-authority"),
    /** The package has no recipient entry for this hub's certificate. */
    WRONG_RECIPIENT("wrong-recipient"),
    /** The input ended before the CMS structure was complete. */
    TRUNCATED_PACKAGE("truncated-package"),
    /** The input is larger than the configured limit (checked while streaming, before it is all read). */
    PACKAGE_TOO_LARGE("package-too-large"),
    /** A cipher, digest, signature or key-management algorithm outside the allow-list. */
    UNSUPPORTED_ALGORITHM("unsupported-algorithm"),
    /** An RSA key under 2048 bits or an EC key under 256 bits. */
    WEAK_KEY("weak-key"),
    /** The input is not the expected CMS structure at all. */
    MALFORMED_PACKAGE("malformed-package");

    private final String code;

    RejectionReason(String code) {
        this.code = code;
    }

    /** The stable kebab-case code. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
