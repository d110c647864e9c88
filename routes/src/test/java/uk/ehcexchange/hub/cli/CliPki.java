package uk.ehcexchange.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import uk.ehcexchange.security.SigningIdentity;
import uk.ehcexchange.security.pki.Pkcs12Files;
import uk.ehcexchange.security.pki.Pkcs12Files.KeyAndChain;

/**
 * A development CA and keys for councils 919 (Hertfordshire) and 821 (Luton), made through the CLI itself in a test's
 * temporary directory. The password is generated per run and passed in a file, as an operator would.
 */
final class CliPki {

    final Path dir;
    final Path passwordFile;
    final Path caDir;

    private CliPki(Path dir) throws IOException {
        this.dir = dir;
        this.passwordFile = dir.resolve("password.txt");
        Files.writeString(passwordFile, "pw-" + java.util.UUID.randomUUID() + "\n");
        this.caDir = dir.resolve("ca");
    }

    static CliPki create(Path dir, String... authorities) throws IOException {
        CliPki pki = new CliPki(dir);
        CliRunner.Result ca = CliRunner.run("dev-ca", "create", "--out", pki.caDir.toString(),
                "--password-file", pki.passwordFile.toString());
        assertThat(ca.exitCode()).as(ca.toString()).isZero();
        for (String authority : authorities) {
            pki.issue(authority);
        }
        return pki;
    }

    CliRunner.Result issue(String authority) {
        CliRunner.Result issued = CliRunner.run("keys", "issue", "--ca", caKeystore().toString(),
                "--ca-password-file", passwordFile.toString(), "--authority", authority,
                "--out", keystore(authority).toString(), "--password-file", passwordFile.toString());
        assertThat(issued.exitCode()).as(issued.toString()).isZero();
        return issued;
    }

    Path caKeystore() {
        return caDir.resolve("ca.p12");
    }

    Path caCertificate() {
        return caDir.resolve("ca.pem");
    }

    Path keystore(String authority) {
        return dir.resolve("council-" + authority + ".p12");
    }

    Path certificate(String authority) {
        return dir.resolve("council-" + authority + ".pem");
    }

    KeyAndChain key(String authority) throws IOException {
        return Pkcs12Files.read(keystore(authority), password());
    }

    SigningIdentity signer(String authority) throws IOException {
        KeyAndChain key = key(authority);
        // The chain sent with a signature excludes the root, which the receiver holds as its anchor.
        return new SigningIdentity(authority, key.privateKey(), key.certificate(), List.of());
    }

    X509Certificate certificateOf(String authority) throws IOException {
        return key(authority).certificate();
    }

    char[] password() throws IOException {
        return Files.readAllLines(passwordFile).get(0).toCharArray();
    }

    String trust(String authority) {
        return authority + "=" + caCertificate();
    }
}
