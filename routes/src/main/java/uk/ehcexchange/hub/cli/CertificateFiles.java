package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRL;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads certificates and CRLs from PEM (or DER) files with the JDK's X.509 factory. */
final class CertificateFiles {

    private CertificateFiles() {
    }

    /** Every certificate in the file; at least one. */
    static List<X509Certificate> certificates(Path file) throws CliException, IOException {
        List<X509Certificate> result = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (java.security.cert.Certificate c : x509().generateCertificates(in)) {
                result.add((X509Certificate) c);
            }
        } catch (CertificateException e) {
            throw new CliException(file + " is not a PEM or DER certificate file");
        }
        if (result.isEmpty()) {
            throw new CliException(file + " holds no certificate");
        }
        return result;
    }

    /** Every CRL in the file; at least one. */
    static List<X509CRL> crls(Path file) throws CliException, IOException {
        List<X509CRL> result = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (CRL crl : x509().generateCRLs(in)) {
                result.add((X509CRL) crl);
            }
        } catch (CRLException e) {
            throw new CliException(file + " is not a PEM or DER CRL file");
        }
        if (result.isEmpty()) {
            throw new CliException(file + " holds no CRL");
        }
        return result;
    }

    /** Whether the file looks like PEM text rather than a binary keystore. */
    static boolean isPem(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("-----BEGIN ");
    }

    private static CertificateFactory x509() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("every JDK has an X.509 certificate factory", e);
        }
    }
}
