package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import uk.ehcexchange.transfer.ManifestPart;
import uk.ehcexchange.transfer.TransferManifestV1;

/** Copies verified parts out of the spool into the operator's directory, owner-only, never overwriting. */
final class VerifiedParts {

    private VerifiedParts() {
    }

    static void copy(Path spooledParts, TransferManifestV1 manifest, Path target) throws CliException, IOException {
        Path root = Files.createDirectories(target).toAbsolutePath().normalize();
        for (ManifestPart part : manifest.parts()) {
            Path to = DirectoryPartSink.inside(root, part.name());
            Files.createDirectories(to.getParent());
            try {
                NewFiles.createOwnerOnly(to);
            } catch (FileAlreadyExistsException e) {
                throw new CliException("refusing to overwrite existing file " + to);
            }
            try (InputStream from = Files.newInputStream(DirectoryPartSink.inside(spooledParts, part.name()));
                 OutputStream sink = Files.newOutputStream(to)) {
                from.transferTo(sink);
            }
        }
    }
}
