package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import uk.ehcexchange.security.pki.Fingerprints;

/**
 * {@code fingerprint}: SHA-256 fingerprints for comparing certificates by eye or by phone between councils, in the
 * same form as {@code openssl x509 -noout -fingerprint -sha256}.
 */
@Command(name = "fingerprint", mixinStandardHelpOptions = true,
        description = {"Prints 'SHA256 <fingerprint>  <subject>' for each certificate in PEM or PKCS#12 files.",
                "PKCS#12 files need their password (their certificates are encrypted too)."})
final class FingerprintCommand extends OperatorCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PEM certificate files or PKCS#12 keystores.")
    List<Path> files;

    @Mixin
    KeystorePasswordOptions password;

    private final PasswordReader passwords = new PasswordReader();

    @Override
    int execute() throws CliException, IOException {
        for (Path file : files) {
            for (X509Certificate certificate : certificatesIn(file)) {
                out().println(line(certificate));
            }
        }
        return OK;
    }

    static String line(X509Certificate certificate) {
        return "SHA256 " + Fingerprints.sha256(certificate) + "  " + SubjectNames.of(certificate);
    }

    private List<X509Certificate> certificatesIn(Path file) throws CliException, IOException {
        if (CertificateFiles.isPem(file)) {
            return CertificateFiles.certificates(file);
        }
        // A binary file is a DER certificate or a PKCS#12 keystore; only the keystore needs a password.
        try {
            return CertificateFiles.certificates(file);
        } catch (CliException notACertificate) {
            return Keystores.open(file, password, passwords, "the keystore").chain();
        }
    }
}
