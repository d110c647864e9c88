package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An owner-only temporary directory for decrypted content, deleted with everything in it on close. Decrypted bytes
 * are a child's personal data and, until verification finishes, untrusted: they must not outlive the command.
 */
final class SpoolDirectory implements AutoCloseable {

    private final Path directory;

    private SpoolDirectory(Path directory) {
        this.directory = directory;
    }

    static SpoolDirectory create() throws IOException {
        return createIn(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static SpoolDirectory createIn(Path tmp) throws IOException {
        Path dir = tmp.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempDirectory(tmp, "ehc-verify-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(tmp, "ehc-verify-");
        return new SpoolDirectory(dir);
    }

    Path path() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
