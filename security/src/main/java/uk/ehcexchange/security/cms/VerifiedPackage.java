package uk.ehcexchange.security.cms;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A package that decrypted, verified and came from a trusted signer for {@code senderAuthority}.
 *
 * @param contentSha256 SHA-256 of the content written to the sink, for the caller to check its spooled copy
 * @param signingTime   the signer's claimed signing-time attribute (informational; trust is judged at receipt)
 */
public record VerifiedPackage(String senderAuthority, X509Certificate signerCertificate, byte[] contentSha256,
                              Instant signingTime) {

    public VerifiedPackage {
        contentSha256 = contentSha256.clone();
    }

    @Override
    public byte[] contentSha256() {
        return contentSha256.clone();
    }

    public String contentSha256Hex() {
        return HexFormat.of().formatHex(contentSha256);
    }

    @Override
    public String toString() {
        return "VerifiedPackage[" + senderAuthority + ", sha256=" + contentSha256Hex() + "]";
    }
}
