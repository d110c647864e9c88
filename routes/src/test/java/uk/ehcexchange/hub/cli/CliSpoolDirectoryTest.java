package uk.ehcexchange.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliSpoolDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void decryptedContentIsSpooledOwnerOnlyAndGoneAfterClose() throws Exception {
        Path spooled;
        try (SpoolDirectory spool = SpoolDirectory.createIn(tmp)) {
            spooled = spool.path();
            try (var out = new DirectoryPartSink(spooled.resolve("parts")).open("plan/ehc-plan.json")) {
                out.write('{');
            }
            Path part = DirectoryPartSink.inside(spooled.resolve("parts"), "plan/ehc-plan.json");
            assertThat(part).exists();
            if (spooled.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spooled)))
                        .isEqualTo("rwx------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(part)))
                        .isEqualTo("rw-------");
            }
        }
        assertThat(spooled).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void aPartNameCannotEscapeTheDirectory() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DirectoryPartSink.inside(tmp, "../outside.json"))
                .hasMessageContaining("escapes");
    }
}
