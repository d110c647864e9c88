package uk.ehcexchange.hub.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import uk.ehcexchange.security.cms.VerifiedPackage;
import uk.ehcexchange.security.pki.Fingerprints;
import uk.ehcexchange.transfer.ChildIdentifiers;
import uk.ehcexchange.transfer.ManifestPart;
import uk.ehcexchange.transfer.TransferDeadline;
import uk.ehcexchange.transfer.TransferManifestV1;

/** What {@code verify-package} prints about a package that passed every check. */
final class PackageReport {

    private final VerifiedPackage envelope;
    private final TransferManifestV1 manifest;
    private final UnaryOperator<String> identifiers;

    /** @param showIdentifiers print child identifiers in full rather than masked */
    PackageReport(VerifiedPackage envelope, TransferManifestV1 manifest, boolean showIdentifiers) {
        this.envelope = envelope;
        this.manifest = manifest;
        this.identifiers = showIdentifiers ? UnaryOperator.identity() : IdentifierMask::mask;
    }

    void print(PrintWriter out) {
        out.println("VERIFIED: decrypted, signature and signer trusted, every part matches the manifest");
        field(out, "Sender authority", envelope.senderAuthority());
        field(out, "Signer", SubjectNames.of(envelope.signerCertificate()));
        field(out, "Signer fingerprint", "SHA256 " + Fingerprints.sha256(envelope.signerCertificate()));
        field(out, "Signing time", String.valueOf(envelope.signingTime()));
        field(out, "Container SHA-256", envelope.contentSha256Hex());
        field(out, "Package id", String.valueOf(manifest.packageId()));
        field(out, "From / to", manifest.fromAuthority() + " -> " + manifest.toAuthority());
        field(out, "Plan id", manifest.planId());
        field(out, "Child", child(manifest.child()));
        field(out, "Move date", String.valueOf(manifest.moveDate()));
        field(out, "Aware on", String.valueOf(manifest.awareOn()));
        field(out, "Transfer date", String.valueOf(manifest.transferDate()));
        field(out, "Created at", String.valueOf(manifest.createdAt()));
        out.println("Deadlines:");
        if (manifest.deadlines().isEmpty()) {
            out.println("  (none)");
        }
        for (TransferDeadline deadline : manifest.deadlines()) {
            out.printf("  %-24s %s  %s%n", deadline.kind(), deadline.dueOn(), deadline.source());
        }
        out.println("Parts (" + manifest.parts().size() + "):");
        printParts(out);
    }

    private String child(ChildIdentifiers child) {
        List<String> shown = new ArrayList<>();
        add(shown, "NHS number", child.nhsNumber());
        add(shown, "UPN", child.upn());
        add(shown, "ULN", child.uln());
        add(shown, "local reference", child.localCaseReference());
        return shown.isEmpty() ? "(no identifiers)" : String.join(", ", shown);
    }

    private void add(List<String> shown, String label, String value) {
        if (value != null) {
            shown.add(label + " " + identifiers.apply(value));
        }
    }

    private void printParts(PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "ROLE", "MEDIA TYPE", "SIZE", "SHA256"});
        for (ManifestPart part : manifest.parts()) {
            rows.add(new String[] {part.name(), part.role().code(), part.mediaType(), Long.toString(part.size()),
                    part.sha256()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            out.printf("  %-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %" + widths[3]
                    + "s  %s%n", (Object[]) row);
        }
    }

    private static void field(PrintWriter out, String label, String value) {
        out.printf("%-19s %s%n", label + ":", value);
    }
}
