package uk.ehcexchange.hub.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The password of the keystore a command writes or opens with its key option. Never a password option taking the
 * secret itself: command lines end up in shell history and in {@code ps} output.
 */
final class KeystorePasswordOptions implements PasswordSource {

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the keystore password.")
    Path file;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Environment variable holding the keystore password.")
    String environmentVariable;

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String environmentVariable() {
        return environmentVariable;
    }

    @Override
    public String optionNames() {
        return "--password-file or --password-env";
    }
}
