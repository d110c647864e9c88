package uk.ehcexchange.hub.cli;

import java.nio.file.Path;

import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.Pkcs12Files.KeyAndChain;

/** Loads a development CA kept by {@code dev-ca create}. */
final class DevelopmentCaFiles {

    private DevelopmentCaFiles() {
    }

    static DevelopmentCa open(Path caKeystore, PasswordSource password, PasswordReader passwords)
            throws CliException {
        KeyAndChain ca = Keystores.open(caKeystore, password, passwords, "the CA keystore");
        // A leaf keystore given by mistake would issue certificates nobody can validate: say so now.
        if (ca.certificate().getBasicConstraints() < 0) {
            throw new CliException(caKeystore + " does not hold a CA certificate");
        }
        return DevelopmentCa.of(ca.privateKey(), ca.certificate());
    }
}
