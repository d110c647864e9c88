package uk.ehcexchange.hub.door.token;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a client's public key from PEM: a {@code PUBLIC KEY} (SubjectPublicKeyInfo) or a {@code CERTIFICATE}. */
final class PublicKeyFiles {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN (PUBLIC KEY|CERTIFICATE)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private PublicKeyFiles() {
    }

    static PublicKey read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the public key " + file + ": " + e.getMessage(), e);
        }
        if (text.contains("PRIVATE KEY")) {
            // A private key in the hub's configuration is a leak waiting to happen; refuse it outright.
            throw new IllegalStateException(file + " holds a private key; configure only the client's public key");
        }
        Matcher pem = PEM.matcher(text);
        if (!pem.find()) {
            throw new IllegalStateException(file + " is not a PEM public key or certificate");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.group(2));
        try {
            if (pem.group(1).equals("CERTIFICATE")) {
                return CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
            }
            return parse(der);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + " does not hold a readable RSA or EC public key", e);
        }
    }

    private static PublicKey parse(byte[] subjectPublicKeyInfo) throws GeneralSecurityException {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(subjectPublicKeyInfo);
        try {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException notRsa) {
            return KeyFactory.getInstance("EC").generatePublic(spec);
        }
    }
}
