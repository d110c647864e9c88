package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.ehcexchange.hub.cli.NewFiles.Secrecy;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.Fingerprints;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;
import uk.ehcexchange.security.pki.Pkcs12Files;

/** {@code dev-ca create}: a new development CA in {@code DIR/ca.p12} (key + certificate) and {@code DIR/ca.pem}. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Creates a DEVELOPMENT CA: DIR/ca.p12 (key and certificate, owner-only) and DIR/ca.pem.",
                "Refuses to overwrite existing files. Never use it for real children's data."})
final class DevCaCreateCommand extends OperatorCommand {

    static final String WARNING = "WARNING: this is a DEVELOPMENT CA, for demonstrations and tests only. "
            + "Its key sits in a file on this machine; never use it, or keys it issues, for real children's data.";

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for ca.p12 and ca.pem.")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "EHC Exchange development CA",
            description = "CN of the CA certificate (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--algorithm", paramLabel = "ALG", defaultValue = "EC_P256",
            description = "Key algorithm: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    KeyAlgorithm algorithm;

    @Mixin
    KeystorePasswordOptions password;

    private final PasswordReader passwords = new PasswordReader();

    @Override
    int execute() throws CliException, IOException {
        err().println(WARNING);
        try (NewFiles files = new NewFiles()) {
            Path keystore = files.reserve(out.resolve("ca.p12"), Secrecy.SECRET);
            Path certificate = files.reserve(out.resolve("ca.pem"), Secrecy.PUBLIC);
            char[] secret = passwords.forNewKeystore(password, "the new CA keystore " + keystore);
            DevelopmentCa ca = DevelopmentCa.create(name, algorithm);
            try {
                Pkcs12Files.write(keystore, secret, ca.privateKey(), List.of(ca.certificate()));
            } finally {
                Arrays.fill(secret, '\0');
            }
            PemFiles.writeCertificates(certificate, List.of(ca.certificate()));
            files.commit();
            out().println("Created development CA (" + algorithm + ")");
            out().println("  key and certificate: " + keystore + " (owner-only)");
            out().println("  certificate:         " + certificate);
            out().println("  subject:             " + SubjectNames.of(ca.certificate()));
            out().println("SHA256 " + Fingerprints.sha256(ca.certificate()));
            return OK;
        }
    }
}
