package uk.ehcexchange.hub.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.ehcexchange.security.DecryptionIdentity;
import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.cms.SecurePackageReader;
import uk.ehcexchange.security.cms.VerifiedPackage;
import uk.ehcexchange.security.pki.Pkcs12Files.KeyAndChain;
import uk.ehcexchange.security.trust.AuthorityNames;
import uk.ehcexchange.security.trust.TrustStore;
import uk.ehcexchange.transfer.ContainerLimits;
import uk.ehcexchange.transfer.ContainerRejectedException;
import uk.ehcexchange.transfer.TransferContainerReader;
import uk.ehcexchange.transfer.TransferManifestV1;

/**
 * {@code verify-package}: opens a transfer package offline exactly as a receiving hub would (decrypt, verify
 * signature and trust, read the container and check every part) and prints what it says. Nothing is trusted or kept
 * until every check has passed: the decrypted container and its parts are spooled in an owner-only temporary
 * directory that is deleted on exit, and copied to {@code --extract} only after verification.
 */
@Command(name = "verify-package", mixinStandardHelpOptions = true,
        description = {"Decrypts and verifies a transfer package offline with the recipient's key, and prints its "
                + "manifest.", "Child identifiers are masked unless --show-identifiers is given."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:verified", "1:rejected (REJECTED <code>: <detail> on stderr) or failed", "2:usage error"})
final class VerifyPackageCommand extends OperatorCommand {

    private static final long DEFAULT_MAX_BYTES = 1L << 30;

    @Option(names = "--in", required = true, paramLabel = "PACKAGE", description = "The sealed package.")
    Path in;

    @Option(names = "--key", required = true, paramLabel = "FILE.p12",
            description = "The receiving authority's keystore (key and certificate).")
    Path key;

    @Mixin
    KeystorePasswordOptions password;

    @Mixin
    TrustOptions trust;

    @Option(names = "--expect-sender", paramLabel = "CODE", converter = AuthorityCode.Converter.class,
            description = "Reject unless the package is signed for this authority.")
    String expectSender;

    @Option(names = "--show-identifiers", description = "Print child identifiers (NHS number, UPN, ULN, local "
            + "reference) in full. They are personal data.")
    boolean showIdentifiers;

    @Option(names = "--extract", paramLabel = "DIR",
            description = "Copy the verified parts into DIR (created if absent; existing files are not overwritten).")
    Path extract;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Judge certificate validity at this time "
            + "(ISO-8601, e.g. 2026-11-30T10:00:00Z) instead of now, e.g. when the package was received.")
    Instant at;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_BYTES,
            description = "Largest sealed package, and largest unpacked container, accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    private final PasswordReader passwords = new PasswordReader();

    @Override
    int execute() throws CliException, IOException {
        KeyAndChain keystore = Keystores.open(key, password, passwords, "the recipient keystore");
        String recipient = AuthorityNames.authorityOf(keystore.certificate()).orElseThrow(() ->
                new CliException("the certificate in " + key + " names no authority (organizationIdentifier)"));
        DecryptionIdentity me = new DecryptionIdentity(recipient, keystore.privateKey(), keystore.certificate());
        TrustStore trustStore = trust.load(err());
        try (SpoolDirectory spool = SpoolDirectory.create()) {
            Path container = spool.path().resolve("container.zip");
            VerifiedPackage envelope = open(trustStore, me, container);
            Path parts = spool.path().resolve("parts");
            TransferManifestV1 manifest = readContainer(container, parts);
            Optional<String> problem = PackageConsistency.problem(manifest, envelope, recipient, parts);
            if (problem.isPresent()) {
                return rejected(problem.get());
            }
            new PackageReport(envelope, manifest, showIdentifiers).print(out());
            out().println("Revocation checking: " + (trust.revocationChecking() ? "on" : "OFF (no --crl)"));
            if (extract != null) {
                VerifiedParts.copy(parts, manifest, extract);
                out().println("Extracted " + manifest.parts().size() + " parts to " + extract);
            }
            return OK;
        } catch (PackageRejectedException e) {
            return rejected(e.getMessage());
        } catch (ContainerRejectedException e) {
            return rejected(e.getMessage());
        }
    }

    private VerifiedPackage open(TrustStore trustStore, DecryptionIdentity me, Path container)
            throws IOException, PackageRejectedException {
        NewFiles.createOwnerOnly(container);
        try (InputStream sealed = Files.newInputStream(in); OutputStream plain = Files.newOutputStream(container)) {
            return new SecurePackageReader(trustStore, maxBytes)
                    .read(sealed, me, expectSender, at == null ? Instant.now() : at, plain);
        }
    }

    private TransferManifestV1 readContainer(Path container, Path parts)
            throws IOException, ContainerRejectedException {
        try (InputStream zip = new BufferedInputStream(Files.newInputStream(container))) {
            return new TransferContainerReader(ContainerLimits.of(maxBytes)).read(zip, new DirectoryPartSink(parts));
        }
    }

    /** Messages of both exception types carry a code and a technical detail only, never content. */
    private int rejected(String codeAndDetail) {
        err().println("REJECTED " + codeAndDetail);
        return FAILED;
    }
}
