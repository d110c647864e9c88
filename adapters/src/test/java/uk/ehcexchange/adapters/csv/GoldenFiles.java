package uk.ehcexchange.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

/**
 * Reads golden files from the test classpath and compares output with them. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the expected files from the current output, then review the diff before
 * committing it: the files are the specification by example.
 */
final class GoldenFiles {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path SOURCE = Path.of("src/test/resources");

    private GoldenFiles() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static EhcPlan plan(String resource) {
        try {
            return CanonicalJson.mapper().readValue(bytes(resource), EhcPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(EhcPlan plan) {
        try {
            return CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code actual} is the content of the expected file (byte for byte), or rewrites it in update mode. */
    static void assertMatches(String actual, String resource) {
        if (UPDATE) {
            try {
                Path file = SOURCE.resolve(resource.substring(1));
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(actual).as("expected output %s", resource).isEqualTo(text(resource));
    }
}
