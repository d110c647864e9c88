package uk.ehcexchange.adapters.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/uk/ehcexchange/adapters/fhir/golden/}. Run the tests with
 * {@code -Dehc.golden.update=true} to (re)write the expected files after a deliberate change, then review the diff.
 */
final class Golden {

    static final String ROOT = "/uk/ehcexchange/adapters/fhir/golden/";
    private static final boolean UPDATE = Boolean.getBoolean("ehc.golden.update");

    private Golden() {
    }

    static String read(String classpathResource) {
        try (InputStream in = Golden.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + classpathResource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String classpathResource) {
        try (InputStream in = Golden.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + classpathResource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares with the expected golden file (a path under {@link #ROOT}), or writes it when updating. */
    static void assertMatches(String relativePath, String actual) {
        String normalised = actual.replace("\r\n", "\n").stripTrailing() + "\n";
        if (UPDATE) {
            Path file = Path.of("src/test/resources" + ROOT + relativePath);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, normalised, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        String expected = read(ROOT + relativePath).replace("\r\n", "\n");
        assertThat(normalised).as("golden file %s (rerun with -Dehc.golden.update=true after a deliberate change)",
                relativePath).isEqualTo(expected);
    }
}
