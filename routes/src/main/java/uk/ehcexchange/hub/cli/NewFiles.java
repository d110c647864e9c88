package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files one command writes, created up front so that the command refuses to overwrite anything before it writes
 * anything, and removed again unless {@link #commit} is reached (no half-written CA or keystore is left behind).
 * Creation is atomic ({@code CREATE_NEW}) and secret files get owner-only permissions from the start, so there is no
 * moment when a key file is readable by others.
 */
final class NewFiles implements AutoCloseable {

    /** Whether a file holds key material (owner-only) or public material (default permissions). */
    enum Secrecy { SECRET, PUBLIC }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final List<Path> created = new ArrayList<>();
    private boolean committed;

    /** Creates the empty file; fails if it exists. The caller then writes into it. */
    Path reserve(Path file, Secrecy secrecy) throws CliException, IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        try {
            createEmpty(absolute, secrecy);
        } catch (FileAlreadyExistsException e) {
            throw new CliException("refusing to overwrite existing file " + file);
        }
        created.add(absolute);
        return absolute;
    }

    /** Creates an empty owner-only file, as a standalone helper for spooled personal data. */
    static void createOwnerOnly(Path file) throws IOException {
        createEmpty(file, Secrecy.SECRET);
    }

    private static void createEmpty(Path file, Secrecy secrecy) throws IOException {
        if (secrecy == Secrecy.SECRET && supportsPosix(file)) {
            Files.createFile(file, ownerOnly());
        } else {
            Files.createFile(file);
            if (secrecy == Secrecy.SECRET) {
                // Not POSIX (e.g. Windows): the best the JDK offers without ACL editing.
                java.io.File f = file.toFile();
                f.setReadable(false, false);
                f.setWritable(false, false);
                f.setReadable(true, true);
                f.setWritable(true, true);
            }
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }

    private static boolean supportsPosix(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && parent.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Keep the files: everything was written. */
    void commit() {
        committed = true;
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (Path file : created) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Best effort: the command is already failing with a better message.
            }
        }
    }
}
