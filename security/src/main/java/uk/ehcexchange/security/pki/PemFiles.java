package uk.ehcexchange.security.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemGenerationException;

/** PEM writers for certificates, CRLs and throwaway demonstration keys (real keys go into PKCS#12 via {@link Pkcs12Files}). */
public final class PemFiles {

    private PemFiles() {
    }

    public static String toPem(X509Certificate certificate) {
        return toPem((Object) certificate);
    }

    /**
     * A private key as unencrypted PKCS#8 PEM: only for throwaway keys generated at run time and written to files
     * outside the repository (demonstration mode), which tools such as openssl read.
     */
    public static String toPem(PrivateKey key) {
        try {
            return toPem(new JcaPKCS8Generator(key, null).generate());
        } catch (PemGenerationException e) {
            throw new IllegalStateException("cannot encode the key as PKCS#8", e);
        }
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
