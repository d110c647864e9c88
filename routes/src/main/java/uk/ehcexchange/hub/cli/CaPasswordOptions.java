package uk.ehcexchange.hub.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The password of the development CA keystore given with {@code --ca}. */
final class CaPasswordOptions implements PasswordSource {

    @Option(names = "--ca-password-file", paramLabel = "FILE",
            description = "File whose first line is the CA keystore password.")
    Path file;

    @Option(names = "--ca-password-env", paramLabel = "VAR",
            description = "Environment variable holding the CA keystore password.")
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
        return "--ca-password-file or --ca-password-env";
    }
}
