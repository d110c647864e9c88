package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * Where the running hub's management port is, and the operator's key for it. The key comes from a file or from the
 * environment, never from an option taking the secret itself: command lines end up in shell history and {@code ps}.
 */
final class HubConnectionOptions {

    static final String KEY_VARIABLE = "EHC_OPERATOR_KEY";

    @Option(names = "--hub", paramLabel = "URL", defaultValue = "http://127.0.0.1:8081",
            description = "The hub's management port (default: ${DEFAULT-VALUE}).")
    URI hub;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "File whose first line is your operator key (default: the " + KEY_VARIABLE
                    + " environment variable).")
    Path keyFile;

    String key() throws CliException, IOException {
        String key;
        if (keyFile != null) {
            key = Files.readAllLines(keyFile).stream().findFirst().orElse("");
        } else {
            key = System.getenv(KEY_VARIABLE);
            if (key == null) {
                throw new CliException("no operator key: give --key-file or set " + KEY_VARIABLE);
            }
        }
        if (key.isBlank()) {
            throw new CliException("the operator key is empty (" + (keyFile != null ? keyFile : KEY_VARIABLE) + ")");
        }
        return key.trim();
    }
}
