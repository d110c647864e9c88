package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import uk.ehcexchange.transfer.PartSink;

/**
 * Writes each container part to a file under one directory, owner-only. The container reader has already checked the
 * names, but a name still becomes a path only after confirming it stays inside the directory (defence in depth).
 */
final class DirectoryPartSink implements PartSink {

    private final Path root;

    DirectoryPartSink(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath().normalize();
    }

    @Override
    public OutputStream open(String name) throws IOException {
        Path file = inside(root, name);
        Files.createDirectories(file.getParent());
        NewFiles.createOwnerOnly(file);
        return Files.newOutputStream(file);
    }

    static Path inside(Path root, String name) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || file.equals(base)) {
            throw new IOException("part name escapes the directory");
        }
        return file;
    }
}
