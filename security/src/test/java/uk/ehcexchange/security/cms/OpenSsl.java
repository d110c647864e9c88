package uk.ehcexchange.security.cms;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.junit.jupiter.api.Assumptions;

/** Runs the openssl CLI in a temp directory; tests skip (with the reason) when it is not installed. */
final class OpenSsl {

    private final Path dir;

    OpenSsl(Path dir) {
        this.dir = dir;
    }

    static void assumeAvailable() {
        boolean found;
        try {
            Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            found = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            System.out.println("[openssl] " + version);
        } catch (IOException | InterruptedException e) {
            found = false;
        }
        Assumptions.assumeTrue(found, "openssl is not on PATH; OpenSSL interoperability not tested");
    }

    /** Runs openssl with the arguments; returns its combined output, failing the test on a non-zero exit. */
    String run(String... args) throws IOException, InterruptedException {
        Result r = tryRun(args);
        if (r.exit() != 0) {
            throw new AssertionError("openssl " + String.join(" ", args) + " failed: " + r.output());
        }
        return r.output();
    }

    record Result(int exit, String output) {
    }

    Result tryRun(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("openssl timed out");
        }
        return new Result(p.exitValue(), output);
    }

    /** Test-only: an unencrypted PKCS#8 PEM key, in the test's temp directory, for openssl's -inkey. */
    Path writeKey(String name, PrivateKey key) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
             JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(new JcaPKCS8Generator(key, null));
        }
        return file;
    }
}
