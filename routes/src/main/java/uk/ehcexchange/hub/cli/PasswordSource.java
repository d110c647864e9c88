package uk.ehcexchange.hub.cli;

import java.nio.file.Path;

/** Where a keystore password comes from: a file, an environment variable, or (neither given) a console prompt. */
interface PasswordSource {

    /** A file whose first line is the password, or null. */
    Path file();

    /** The name of an environment variable holding the password, or null. */
    String environmentVariable();

    /** The option names, for messages, e.g. {@code --password-file or --password-env}. */
    String optionNames();
}
