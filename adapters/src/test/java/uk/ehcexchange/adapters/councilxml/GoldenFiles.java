package uk.ehcexchange.adapters.councilxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: one named input and one expected output per case, under src/test/resources. Run with
 * {@code -Dgolden.update=true} to (re)write the expected files after a deliberate change, then review the diff.
 */
final class GoldenFiles {

    static final Path ROOT = Path.of("src/test/resources");

    private GoldenFiles() {
    }

    static List<String> cases(String folder, String inputSuffix) {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(inputSuffix))
                    .map(n -> n.substring(0, n.length() - inputSuffix.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(String path) {
        try {
            return Files.readAllBytes(ROOT.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String path) {
        return Files.exists(ROOT.resolve(path));
    }

    /** Asserts {@code actual} equals the expected file, or writes it when updating. */
    static void assertMatches(String path, String actual) {
        Path file = ROOT.resolve(path);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("expected output %s", path).exists();
            assertThat(actual).as("output of case %s", path).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String lines(List<NotCarried> report) {
        StringBuilder out = new StringBuilder();
        report.forEach(n -> out.append(n.element()).append(" | ").append(n.reason()).append('\n'));
        return out.toString();
    }
}
