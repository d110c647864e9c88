package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.ehcexchange.hub.cli.NewFiles.Secrecy;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.Fingerprints;
import uk.ehcexchange.security.pki.PemFiles;

/**
 * {@code keys crl}: a CRL from the development CA, valid for seven days. With no {@code --revoke} it is an empty
 * CRL, which is what a receiver with revocation checking on needs to accept anything at all.
 */
@Command(name = "crl", mixinStandardHelpOptions = true,
        description = {"Publishes a CRL (PEM, valid 7 days) from a development CA, revoking the given certificates.",
                "Without --revoke the CRL is empty: enough to verify with revocation checking on."})
final class KeysCrlCommand extends OperatorCommand {

    @Option(names = "--ca", required = true, paramLabel = "CA.p12", description = "The development CA keystore.")
    Path ca;

    @Mixin
    CaPasswordOptions caPassword;

    @Option(names = "--revoke", paramLabel = "CERT.pem", description = "A certificate to revoke (repeatable).")
    List<Path> revoke = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE.crl", description = "The new CRL file.")
    Path out;

    private final PasswordReader passwords = new PasswordReader();

    @Override
    int execute() throws CliException, IOException {
        try (NewFiles files = new NewFiles()) {
            Path crlFile = files.reserve(out, Secrecy.PUBLIC);
            DevelopmentCa issuer = DevelopmentCaFiles.open(ca, caPassword, passwords);
            List<X509Certificate> revoked = new ArrayList<>();
            for (Path file : revoke) {
                for (X509Certificate certificate : CertificateFiles.certificates(file)) {
                    requireIssuedBy(issuer, certificate, file);
                    revoked.add(certificate);
                }
            }
            X509CRL crl = issuer.crlRevoking(revoked);
            PemFiles.writeCrl(crlFile, crl);
            files.commit();
            out().println("CRL " + crlFile + " valid until " + crl.getNextUpdate().toInstant());
            for (X509Certificate certificate : revoked) {
                out().println("  revoked SHA256 " + Fingerprints.sha256(certificate) + "  "
                        + SubjectNames.of(certificate));
            }
            if (revoked.isEmpty()) {
                out().println("  (no certificates revoked)");
            }
            return OK;
        }
    }

    // A serial number only means something to the CA that issued it; revoking another CA's certificate here would
    // silently revoke nothing.
    private static void requireIssuedBy(DevelopmentCa issuer, X509Certificate certificate, Path file)
            throws CliException {
        try {
            if (!certificate.getIssuerX500Principal().equals(issuer.certificate().getSubjectX500Principal())) {
                throw new CliException(file + " was not issued by this CA");
            }
            certificate.verify(issuer.certificate().getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CliException(file + " was not issued by this CA");
        }
    }
}
