package uk.ehcexchange.security.cms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;

import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;
import uk.ehcexchange.security.trust.SignerTrustValidator;
import uk.ehcexchange.security.trust.TrustStore;

/**
 * Verifies a signed receipt with the same rules as a package signature. The receipt must be signed by the authority
 * the package was sent to; the document bytes are returned only once everything has passed.
 */
public final class ReceiptVerifier {

    /** Receipts are a few hundred bytes of JSON; anything far bigger is not a receipt. */
    public static final int DEFAULT_MAX_RECEIPT_BYTES = 256 * 1024;

    private final SignerTrustValidator trust;
    private final int maxReceiptBytes;

    public ReceiptVerifier(TrustStore trustStore) {
        this(trustStore, DEFAULT_MAX_RECEIPT_BYTES);
    }

    public ReceiptVerifier(TrustStore trustStore, int maxReceiptBytes) {
        this.trust = new SignerTrustValidator(trustStore);
        this.maxReceiptBytes = maxReceiptBytes;
    }

    /**
     * @param expectedSignerAuthority the recipient authority of the package this receipt acknowledges (required)
     * @param at                      when the receipt was received
     */
    public VerifiedReceipt verify(byte[] signedReceipt, String expectedSignerAuthority, Instant at)
            throws PackageRejectedException {
        Objects.requireNonNull(expectedSignerAuthority, "expectedSignerAuthority");
        if (signedReceipt.length > maxReceiptBytes) {
            throw new PackageRejectedException(RejectionReason.PACKAGE_TOO_LARGE, "receipt too large");
        }
        if (!CMSObjectIdentifiers.signedData.equals(OuterContentType.contentType(head(signedReceipt)))) {
            throw new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE, "receipt is not SignedData");
        }
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        SignedContent signed;
        try {
            signed = SignedContent.stream(new ByteArrayInputStream(signedReceipt), document);
        } catch (PackageRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException | org.bouncycastle.cms.CMSException e) {
            throw new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE, "unreadable receipt", e);
        }
        SignedContent.Verified verified = signed.verify(trust, expectedSignerAuthority, at);
        return new VerifiedReceipt(verified.authority(), verified.signer(), document.toByteArray(),
                verified.signingTime());
    }

    private static byte[] head(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 32));
    }
}
