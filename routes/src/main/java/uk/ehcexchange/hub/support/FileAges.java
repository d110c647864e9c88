package uk.ehcexchange.hub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** When a file was last written, for the sweeps that delete what a stopped process left behind. */
public final class FileAges {

    private FileAges() {
    }

    /** False for a file that is gone already (another node's sweep took it). */
    public static boolean modifiedBefore(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException gone) {
            return false;
        }
    }
}
