package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.cms.ReceiptVerifier;
import uk.ehcexchange.security.cms.VerifiedReceipt;
import uk.ehcexchange.security.pki.Fingerprints;

/**
 * {@code verify-receipt}: checks a signed receipt with the rules the hub applies (the signer must be the authority the
 * package went to, trusted through that authority's anchors) and prints the receipt document.
 */
@Command(name = "verify-receipt", mixinStandardHelpOptions = true,
        description = "Verifies a signed receipt (CMS SignedData) and prints its document and signer.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:verified", "1:rejected (REJECTED <code>: <detail> on stderr) or failed", "2:usage error"})
final class VerifyReceiptCommand extends OperatorCommand {

    @Option(names = "--in", required = true, paramLabel = "RECEIPT", description = "The signed receipt.")
    Path in;

    @Mixin
    TrustOptions trust;

    @Option(names = "--expect-signer", paramLabel = "CODE", converter = AuthorityCode.Converter.class,
            description = "The authority that must have signed (the package's recipient). Required when --trust "
                    + "names more than one authority.")
    String expectSigner;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Judge certificate validity at this time (ISO-8601) instead of now.")
    Instant at;

    @Override
    int execute() throws CliException, IOException {
        String signer = expectedSigner();
        byte[] receipt = readLimited(in, ReceiptVerifier.DEFAULT_MAX_RECEIPT_BYTES);
        VerifiedReceipt verified;
        try {
            verified = new ReceiptVerifier(trust.load(err())).verify(receipt, signer, at == null ? Instant.now() : at);
        } catch (PackageRejectedException e) {
            err().println("REJECTED " + e.getMessage());
            return FAILED;
        }
        out().println("VERIFIED: receipt signature and signer trusted");
        out().printf("%-19s %s%n", "Signer authority:", verified.signerAuthority());
        out().printf("%-19s %s%n", "Signer:", SubjectNames.of(verified.signerCertificate()));
        out().printf("%-19s SHA256 %s%n", "Signer fingerprint:", Fingerprints.sha256(verified.signerCertificate()));
        out().printf("%-19s %s%n", "Signing time:", verified.signingTime());
        out().println("Document:");
        out().println(pretty(verified.document()));
        return OK;
    }

    // The verifier needs to know whom to expect: guessing from the receipt itself would let its signer choose.
    private String expectedSigner() {
        if (expectSigner != null) {
            return expectSigner;
        }
        List<String> authorities = trust.authorities();
        if (authorities.size() != 1) {
            throw new ParameterException(spec.commandLine(),
                    "--expect-signer is required when --trust names more than one authority");
        }
        return authorities.get(0);
    }

    /** Reads one byte past the limit so that the verifier, not this method, reports an oversized receipt. */
    private static byte[] readLimited(Path file, int limit) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            return stream.readNBytes(limit + 1);
        }
    }

    private static String pretty(byte[] document) {
        try {
            JsonNode tree = CanonicalJson.mapper().readTree(document);
            return CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            return new String(document, StandardCharsets.UTF_8);
        }
    }
}
