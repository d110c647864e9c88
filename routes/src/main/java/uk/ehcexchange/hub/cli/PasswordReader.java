package uk.ehcexchange.hub.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Resolves a {@link PasswordSource} to the password. Exactly one source is used: a file, an environment variable, or
 * a console prompt when neither is given and a console is attached. Without a console (scripts, CI) a missing
 * password is an error rather than a hang on stdin.
 */
final class PasswordReader {

    private final Function<String, String> environment;
    private final Supplier<Console> console;

    PasswordReader() {
        this(System::getenv, System::console);
    }

    PasswordReader(Function<String, String> environment, Supplier<Console> console) {
        this.environment = environment;
        this.console = console;
    }

    /** The password of an existing keystore. */
    char[] existing(PasswordSource source, String keystoreDescription) throws CliException {
        return read(source, keystoreDescription, false);
    }

    /** The password for a keystore about to be written; a prompt asks twice. */
    char[] forNewKeystore(PasswordSource source, String keystoreDescription) throws CliException {
        return read(source, keystoreDescription, true);
    }

    private char[] read(PasswordSource source, String what, boolean confirm) throws CliException {
        if (source.file() != null && source.environmentVariable() != null) {
            throw new CliException("give the password of " + what + " once: " + source.optionNames() + ", not both");
        }
        char[] password;
        if (source.file() != null) {
            password = firstLine(source);
        } else if (source.environmentVariable() != null) {
            String value = environment.apply(source.environmentVariable());
            if (value == null) {
                throw new CliException("environment variable " + source.environmentVariable() + " is not set");
            }
            password = value.toCharArray();
        } else {
            password = prompt(source, what, confirm);
        }
        if (password.length == 0) {
            throw new CliException("the password of " + what + " is empty");
        }
        return password;
    }

    private static char[] firstLine(PasswordSource source) throws CliException {
        try (BufferedReader reader = Files.newBufferedReader(source.file(), StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new CliException("cannot read password file " + source.file(), e);
        }
    }

    private char[] prompt(PasswordSource source, String what, boolean confirm) throws CliException {
        Console terminal = console.get();
        if (terminal == null) {
            throw new CliException("no password for " + what + ": use " + source.optionNames()
                    + " (no console to prompt on)");
        }
        char[] first = terminal.readPassword("Password for %s: ", what);
        if (first == null) {
            throw new CliException("no password for " + what);
        }
        if (confirm) {
            char[] second = terminal.readPassword("Repeat the password for %s: ", what);
            boolean same = second != null && Arrays.equals(first, second);
            if (second != null) {
                Arrays.fill(second, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new CliException("the passwords for " + what + " do not match");
            }
        }
        return first;
    }
}
