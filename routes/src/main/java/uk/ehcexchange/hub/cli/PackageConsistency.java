package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.security.cms.VerifiedPackage;
import uk.ehcexchange.transfer.PartNames;
import uk.ehcexchange.transfer.TransferManifestV1;

/**
 * The checks the container format leaves to the layers around it (transfer-package-v1.md, section 6): the manifest
 * must say it comes from the authority that signed it, go to the authority whose key opened it, and describe the
 * plan it carries. Without these a trusted council could pass off a package as another's.
 */
final class PackageConsistency {

    static final String CODE = "manifest-mismatch";

    private PackageConsistency() {
    }

    /** The first inconsistency as {@code <code>: <detail>} (never a value from the package), or empty. */
    static Optional<String> problem(TransferManifestV1 manifest, VerifiedPackage envelope, String recipientAuthority,
                                    Path partsDirectory) {
        if (!envelope.senderAuthority().equals(manifest.fromAuthority())) {
            return Optional.of(CODE + ": manifest fromAuthority is not the signing authority "
                    + envelope.senderAuthority());
        }
        if (!recipientAuthority.equals(manifest.toAuthority())) {
            return Optional.of(CODE + ": manifest toAuthority is not " + recipientAuthority
                    + ", the authority of --key");
        }
        if (!planIdOf(partsDirectory).equals(Optional.ofNullable(manifest.planId()))) {
            return Optional.of(CODE + ": the planId of " + PartNames.PLAN + " differs from the manifest's");
        }
        return Optional.empty();
    }

    private static Optional<String> planIdOf(Path partsDirectory) {
        try {
            JsonNode plan = CanonicalJson.mapper().readTree(DirectoryPartSink.inside(partsDirectory, PartNames.PLAN)
                    .toFile());
            JsonNode planId = plan.path("planId");
            return planId.isTextual() ? Optional.of(planId.asText()) : Optional.empty();
        } catch (IOException e) {
            // Parser messages can quote the document: report only that there is no readable planId.
            return Optional.empty();
        }
    }
}
