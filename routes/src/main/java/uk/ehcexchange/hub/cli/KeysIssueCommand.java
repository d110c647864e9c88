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
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;
import uk.ehcexchange.security.pki.Pkcs12Files;

/**
 * {@code keys issue}: a key and certificate for one authority, named by the convention
 * ({@code organizationIdentifier=EHC-LA-<code>}), written as PKCS#12 (key + chain) and a PEM certificate.
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Issues an authority key and certificate from a development CA.",
                "Writes FILE.p12 (key, certificate and CA certificate; owner-only) and FILE.pem (certificate)."})
final class KeysIssueCommand extends OperatorCommand {

    @Option(names = "--ca", required = true, paramLabel = "CA.p12", description = "The development CA keystore.")
    Path ca;

    @Mixin
    CaPasswordOptions caPassword;

    @Option(names = "--authority", required = true, paramLabel = "CODE", converter = AuthorityCode.Converter.class,
            description = "Authority code: 3-digit DfE LA code (e.g. 919) or ODS code.")
    String authority;

    @Option(names = "--algorithm", paramLabel = "ALG", defaultValue = "EC_P256",
            description = "Key algorithm: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    KeyAlgorithm algorithm;

    @Option(names = "--out", required = true, paramLabel = "FILE.p12", description = "The new keystore.")
    Path out;

    @Mixin
    KeystorePasswordOptions password;

    private final PasswordReader passwords = new PasswordReader();

    @Override
    int execute() throws CliException, IOException {
        try (NewFiles files = new NewFiles()) {
            Path keystore = files.reserve(out, Secrecy.SECRET);
            Path certificate = files.reserve(pemBeside(out), Secrecy.PUBLIC);
            DevelopmentCa issuer = DevelopmentCaFiles.open(ca, caPassword, passwords);
            char[] secret = passwords.forNewKeystore(password, "the new keystore " + keystore);
            IssuedCredential credential = issuer.issue(authority, algorithm);
            try {
                Pkcs12Files.write(keystore, secret, credential, issuer.certificate());
            } finally {
                Arrays.fill(secret, '\0');
            }
            PemFiles.writeCertificates(certificate, List.of(credential.certificate()));
            files.commit();
            out().println("Issued " + algorithm + " key for authority " + authority);
            out().println("  key and chain: " + keystore + " (owner-only)");
            out().println("  certificate:   " + certificate);
            out().println("  subject:       " + SubjectNames.of(credential.certificate()));
            out().println("  valid until:   " + credential.certificate().getNotAfter().toInstant());
            out().println("SHA256 " + Fingerprints.sha256(credential.certificate()));
            return OK;
        }
    }

    /** {@code council-919.p12} gives {@code council-919.pem}; any other name gets {@code .pem} appended. */
    static Path pemBeside(Path keystore) {
        String name = keystore.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String base = lower.endsWith(".p12") || lower.endsWith(".pfx") ? name.substring(0, name.length() - 4) : name;
        return keystore.resolveSibling(base + ".pem");
    }
}
