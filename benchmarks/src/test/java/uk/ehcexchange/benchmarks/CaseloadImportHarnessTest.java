package uk.ehcexchange.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class CaseloadImportHarnessTest {

    @TempDir
    Path work;

    /** A small caseload through the same two processes, so that the harness cannot silently stop measuring imports. */
    @ParameterizedTest
    @ValueSource(strings = {"csv", "xml"})
    void theHarnessImportsEveryGeneratedPlanThroughTheCli(String format) throws Exception {
        Optional<Path> jar = executableJar();
        assumeTrue(jar.isPresent(), "the hub's jar is built by the routes module's package phase (mvn verify)");

        CaseloadImportHarness.Measurement measurement = CaseloadImportHarness.run(jar.get(), 40, "256m", format, work);

        assertThat(measurement.imported()).isEqualTo(40);
        assertThat(measurement.fileBytes()).isGreaterThan(40 * 3_000L);
        assertThat(Files.exists(work.resolve("data/db/ehc-hub.mv.db"))).isTrue();
    }

    private static Optional<Path> executableJar() throws IOException {
        Path target = Path.of(System.getProperty("user.dir")).resolve("../routes/target").normalize();
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("ehc-routes-.*-exec\\.jar")).findFirst();
        }
    }
}
