package uk.ehcexchange.security.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** PEM writers for certificates and CRLs (public material only; keys go into PKCS#12 via {@link Pkcs12Files}). */
public final class PemFiles {

    private PemFiles() {
    }

    public static String toPem(X509Certificate certificate) {
        return toPem((Object) certificate);
    }

    public static void writeCertificates(Path file, List<X509Certificate> certificates) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
             JcaPEMWriter pem = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : certificates) {
                pem.writeObject(certificate);
            }
        }
    }

    public static void writeCrl(Path file, X509CRL crl) throws IOException {
        Files.writeString(file, toPem(crl), StandardCharsets.US_ASCII);
    }

    private static String toPem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode PEM", e);
        }
        return text.toString();
    }
}
