package uk.ehcexchange.security.cms;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** A receipt whose signature and signer verified; {@link #document} is released only after that. */
public record VerifiedReceipt(String signerAuthority, X509Certificate signerCertificate, byte[] document,
                              Instant signingTime) {

    public VerifiedReceipt {
        document = document.clone();
    }

    @Override
    public byte[] document() {
        return document.clone();
    }

    @Override
    public String toString() {
        return "VerifiedReceipt[" + signerAuthority + ", " + document.length + " bytes]";
    }
}
