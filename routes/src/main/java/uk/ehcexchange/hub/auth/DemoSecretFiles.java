package uk.ehcexchange.hub.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where demo mode leaves the throwaway secrets it invents at every start (API keys, the operator key, the dashboard's
 * demo passwords): a file beside the embedded database, made afresh and readable by its owner only.
 */
public final class DemoSecretFiles {

    private DemoSecretFiles() {
    }

    /** Replaces the file with one only its owner may read; {@code what} names the secrets for the error. */
    public static void write(Path file, String content, String what) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " to " + file, e);
        }
    }
}
