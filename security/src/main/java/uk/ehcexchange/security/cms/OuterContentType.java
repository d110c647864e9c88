package uk.ehcexchange.security.cms;

import java.io.IOException;
import java.io.InputStream;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;

import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;

/**
 * Reads the content type at the head of a ContentInfo without consuming it, so that input which is not CMS at all
 * is refused as malformed (rather than "truncated" because a random length byte pointed past the end), and so that
 * an AES-CBC EnvelopedData is refused as an unsupported algorithm before any key is touched.
 */
final class OuterContentType {

    private static final int PEEK_BYTES = 32;

    private OuterContentType() {
    }

    /** Requires {@code in} to support mark/reset. */
    static void requireAuthEnvelopedData(InputStream in) throws IOException, PackageRejectedException {
        in.mark(PEEK_BYTES);
        byte[] head = in.readNBytes(PEEK_BYTES);
        in.reset();
        ASN1ObjectIdentifier type = contentType(head);
        if (type == null) {
            throw new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE, "not a CMS ContentInfo");
        }
        if (CMSObjectIdentifiers.envelopedData.equals(type)) {
            throw new PackageRejectedException(RejectionReason.UNSUPPORTED_ALGORITHM,
                    "EnvelopedData (unauthenticated encryption) is not accepted; AuthEnvelopedData is required");
        }
        if (!CMSObjectIdentifiers.authEnvelopedData.equals(type)) {
            throw new PackageRejectedException(RejectionReason.MALFORMED_PACKAGE,
                    "ContentInfo is not AuthEnvelopedData");
        }
    }

    /** SEQUENCE (definite or indefinite length) whose first element is an OBJECT IDENTIFIER; else null. */
    static ASN1ObjectIdentifier contentType(byte[] head) {
        if (head.length < 4 || head[0] != 0x30) {
            return null;
        }
        int pos = 1;
        int lengthByte = head[pos++] & 0xff;
        if (lengthByte > 0x80) {
            int lengthOctets = lengthByte & 0x7f;
            if (lengthOctets > 4) {
                return null;
            }
            pos += lengthOctets;
        }
        if (pos + 2 > head.length || head[pos] != 0x06) {
            return null;
        }
        int oidLength = head[pos + 1] & 0xff;
        if (oidLength == 0 || oidLength > 0x7f || pos + 2 + oidLength > head.length) {
            return null;
        }
        byte[] encoded = new byte[2 + oidLength];
        System.arraycopy(head, pos, encoded, 0, encoded.length);
        try {
            return ASN1ObjectIdentifier.getInstance(encoded);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
