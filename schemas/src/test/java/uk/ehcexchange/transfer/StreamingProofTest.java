package uk.ehcexchange.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Writing and reading a container never holds a part in memory: a 100 MB attachment goes through the writer,
 * a pipe and the reader in a JVM whose whole heap is 64 MB.
 */
class StreamingProofTest {

    private static final long SIZE = 100L * 1024 * 1024;

    @Test
    void hundredMegabyteAttachmentStreamsThroughA64MegabyteHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StreamingProofMain.class.getName(), Long.toString(SIZE)))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = child.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }

        assertThat(ended).as("child ended").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        long maxHeap = Long.parseLong(output.lines().filter(l -> l.startsWith("maxHeap="))
                .findFirst().orElseThrow().substring("maxHeap=".length()));
        assertThat(maxHeap).isLessThan(SIZE);
        assertThat(output).contains(StreamingProofMain.ATTACHMENT + "=" + expectedDigest() + " size=" + SIZE)
                .contains("OK");
    }

    private static String expectedDigest() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (GeneratedContent content = new GeneratedContent(SIZE)) {
            for (int n; (n = content.read(buffer, 0, buffer.length)) != -1; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
