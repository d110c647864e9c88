package uk.ehcexchange.security.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves the streaming shape: a 100 MB package is sealed and opened by a child JVM with a 64 MB heap. */
class StreamingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1L << 20, 100L << 20})
    void sealsAndOpensInASmallHeap(long size) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StreamingRoundTripMain.class.getName(), Long.toString(size), dir.toString()))
                .redirectErrorStream(true).start();
        String output = readAll(process);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
        System.out.println("[streaming] " + output.strip());
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("match=true");
    }

    private static String readAll(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
