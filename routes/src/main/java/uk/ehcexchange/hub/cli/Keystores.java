package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import uk.ehcexchange.security.pki.Pkcs12Files;
import uk.ehcexchange.security.pki.Pkcs12Files.KeyAndChain;

/** Opens a PKCS#12 keystore with a password from its {@link PasswordSource}, and forgets the password after. */
final class Keystores {

    private Keystores() {
    }

    static KeyAndChain open(Path file, PasswordSource password, PasswordReader passwords, String description)
            throws CliException {
        if (!Files.isRegularFile(file)) {
            throw new CliException("no such keystore: " + file);
        }
        char[] secret = passwords.existing(password, description + " " + file);
        try {
            return Pkcs12Files.read(file, secret);
        } catch (IOException e) {
            // The JDK does not tell a wrong password from a damaged file.
            throw new CliException("cannot open " + file + ": wrong password, or not a PKCS#12 keystore with a key");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
