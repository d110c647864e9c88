package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's whole-journey walk-through runs verbatim against a hub started as {@code ./run-hub} starts it (the
 * built jar in demonstration mode, on a fresh data folder), and shows every {@code #>} line it promises:
 * {@code .ci/readme-walk} extracts the block, runs it and checks the lines, so the README cannot drift from the hub.
 * The walk is a shell script calling curl and jq; on a machine without them there is nothing to run it with.
 */
class ReadmeWalkTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();

    @Test
    void theWholeJourneyWalkThroughRunsVerbatimAgainstADemonstrationHub(@TempDir Path dir) throws Exception {
        assumeThat(available("curl") && available("jq")).as("curl and jq on the PATH").isTrue();
        Path data = Files.createDirectory(dir.resolve("data"));
        // The walk reads data/demo-api-keys.properties and the sample plan under schemas/, from where it runs.
        Files.createSymbolicLink(dir.resolve("schemas"), PROJECT.resolve("schemas"));
        int port = HubProcess.freePort();
        try (HubProcess hub = new HubProcess(data, port, List.of("--spring.profiles.active=demo")).start()) {
            ProcessBuilder walk = new ProcessBuilder(PROJECT.resolve(".ci/readme-walk").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("walk.log").toFile());
            walk.environment().put("HUB", "http://localhost:" + port);
            walk.environment().put("WALK_DIR", dir.toString());
            Process process = walk.start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the walk ends").isTrue();
            String output = Files.readString(dir.resolve("walk.log"));
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("every #> line was seen");
        }
    }

    private static boolean available(String command) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    }
}
