package uk.ehcexchange.security.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** Certificate fingerprints in the form operators compare by eye: upper-case hex pairs separated by colons. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** SHA-256 over the DER certificate, e.g. {@code 3A:7F:...}, as {@code openssl x509 -fingerprint -sha256}. */
    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }
}
