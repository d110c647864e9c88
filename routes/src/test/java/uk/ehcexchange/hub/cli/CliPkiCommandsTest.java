package uk.ehcexchange.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.ehcexchange.security.pki.Fingerprints;
import uk.ehcexchange.security.trust.AuthorityNames;

class CliPkiCommandsTest {

    @TempDir
    Path dir;

    @Test
    void createsCaAndKeysForTwoCouncilsWithFingerprintsOperatorsCanCompare() throws Exception {
        CliPki pki = CliPki.create(dir);
        CliRunner.Result issued919 = pki.issue("919");
        pki.issue("821");

        X509Certificate ca = CertificateFiles.certificates(pki.caCertificate()).get(0);
        X509Certificate council919 = CertificateFiles.certificates(pki.certificate("919")).get(0);
        assertThat(AuthorityNames.authorityOf(council919)).contains("919");
        assertThat(AuthorityNames.authorityOf(pki.certificateOf("821"))).contains("821");
        assertThat(pki.certificateOf("919")).isEqualTo(council919);
        assertThat(issued919.out()).contains("SHA256 " + Fingerprints.sha256(council919));

        CliRunner.Result fingerprints = CliRunner.run("fingerprint", pki.caCertificate().toString(),
                pki.certificate("919").toString(), pki.keystore("821").toString(),
                "--password-file", pki.passwordFile.toString());
        assertThat(fingerprints.exitCode()).as(fingerprints.toString()).isZero();
        assertThat(fingerprints.out().lines()).containsExactly(
                "SHA256 " + Fingerprints.sha256(ca) + "  " + SubjectNames.of(ca),
                "SHA256 " + Fingerprints.sha256(council919) + "  " + SubjectNames.of(council919),
                // a keystore shows its whole chain: the council's certificate, then the CA's
                "SHA256 " + Fingerprints.sha256(pki.certificateOf("821")) + "  "
                        + SubjectNames.of(pki.certificateOf("821")),
                "SHA256 " + Fingerprints.sha256(ca) + "  " + SubjectNames.of(ca));
        assertThat(fingerprints.out()).contains("organizationIdentifier=EHC-LA-919");
    }

    @Test
    void fingerprintReadsDerCertificatesWithoutAPassword() throws Exception {
        CliPki pki = CliPki.create(dir, "919");
        Path der = dir.resolve("council-919.der");
        Files.write(der, pki.certificateOf("919").getEncoded());

        CliRunner.Result result = CliRunner.run("fingerprint", der.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("SHA256 " + Fingerprints.sha256(pki.certificateOf("919")));
    }

    @Test
    void aCommandGroupWithoutASubcommandIsAUsageError() {
        assertThat(CliRunner.run("dev-ca").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("keys").exitCode()).isEqualTo(2);
    }

    @Test
    void caCreationWarnsPrintsTheFingerprintAndKeepsTheKeyOwnerOnly() throws Exception {
        Path password = dir.resolve("pw");
        Files.writeString(password, "correct horse\n");

        CliRunner.Result result = CliRunner.run("dev-ca", "create", "--out", dir.resolve("ca").toString(),
                "--name", "Test CA", "--algorithm", "EC_P384", "--password-file", password.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("DEVELOPMENT CA", "never use it");
        X509Certificate ca = CertificateFiles.certificates(dir.resolve("ca/ca.pem")).get(0);
        assertThat(ca.getSubjectX500Principal().getName()).contains("CN=Test CA");
        assertThat(result.out()).contains("SHA256 " + Fingerprints.sha256(ca));
        assertOwnerOnly(dir.resolve("ca/ca.p12"));
    }

    @Test
    void issuedKeystoreIsOwnerOnlyAndItsPemSitsBesideIt() throws Exception {
        CliPki pki = CliPki.create(dir, "919");
        assertOwnerOnly(pki.keystore("919"));
        assertThat(pki.certificate("919")).exists();
        assertThat(KeysIssueCommand.pemBeside(Path.of("a/council.P12"))).isEqualTo(Path.of("a/council.pem"));
        assertThat(KeysIssueCommand.pemBeside(Path.of("key"))).isEqualTo(Path.of("key.pem"));
    }

    @Test
    void refusesToOverwriteAnExistingCaAndLeavesItIntact() throws Exception {
        CliPki pki = CliPki.create(dir);
        byte[] before = Files.readAllBytes(pki.caKeystore());

        CliRunner.Result again = CliRunner.run("dev-ca", "create", "--out", pki.caDir.toString(),
                "--password-file", pki.passwordFile.toString());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("refusing to overwrite existing file");
        assertThat(Files.readAllBytes(pki.caKeystore())).isEqualTo(before);
    }

    @Test
    void refusesToOverwriteAnIssuedKeystore() throws Exception {
        CliPki pki = CliPki.create(dir, "919");
        CliRunner.Result again = CliRunner.run("keys", "issue", "--ca", pki.caKeystore().toString(),
                "--ca-password-file", pki.passwordFile.toString(), "--authority", "919",
                "--out", pki.keystore("919").toString(), "--password-file", pki.passwordFile.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("refusing to overwrite");
    }

    @Test
    void withoutAPasswordSourceOrConsoleItFailsWithoutWritingAnything() {
        CliRunner.Result result = CliRunner.run("dev-ca", "create", "--out", dir.resolve("ca").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--password-file or --password-env");
        assertThat(dir.resolve("ca/ca.p12")).doesNotExist();
        assertThat(dir.resolve("ca/ca.pem")).doesNotExist();
    }

    @Test
    void wrongCaPasswordIsAClearError() throws Exception {
        CliPki pki = CliPki.create(dir);
        Path wrong = dir.resolve("wrong");
        Files.writeString(wrong, "not it\n");
        CliRunner.Result result = CliRunner.run("keys", "issue", "--ca", pki.caKeystore().toString(),
                "--ca-password-file", wrong.toString(), "--authority", "919",
                "--out", dir.resolve("k.p12").toString(), "--password-file", pki.passwordFile.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("wrong password");
        assertThat(dir.resolve("k.p12")).doesNotExist();
    }

    @Test
    void anAuthorityCodeOutsideTheConventionIsAUsageError() throws Exception {
        CliPki pki = CliPki.create(dir);
        CliRunner.Result result = CliRunner.run("keys", "issue", "--ca", pki.caKeystore().toString(),
                "--ca-password-file", pki.passwordFile.toString(), "--authority", "91",
                "--out", dir.resolve("k.p12").toString(), "--password-file", pki.passwordFile.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("not an authority code");
    }

    @Test
    void crlRevokesTheGivenCertificatesOnly() throws Exception {
        CliPki pki = CliPki.create(dir, "919", "821");
        CliRunner.Result result = CliRunner.run("keys", "crl", "--ca", pki.caKeystore().toString(),
                "--ca-password-file", pki.passwordFile.toString(), "--revoke", pki.certificate("919").toString(),
                "--out", dir.resolve("ca.crl").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        var crl = CertificateFiles.crls(dir.resolve("ca.crl")).get(0);
        assertThat(crl.isRevoked(pki.certificateOf("919"))).isTrue();
        assertThat(crl.isRevoked(pki.certificateOf("821"))).isFalse();
        assertThat(Files.readString(dir.resolve("ca.crl"))).startsWith("-----BEGIN X509 CRL-----");
    }

    @Test
    void passwordsComeFromTheNamedEnvironmentVariableAndNeverFromTwoSources() throws Exception {
        PasswordReader reader = new PasswordReader(Map.of("EHC_PW", "s3cret")::get, () -> null);
        KeystorePasswordOptions fromEnv = new KeystorePasswordOptions();
        fromEnv.environmentVariable = "EHC_PW";
        assertThat(reader.existing(fromEnv, "k")).isEqualTo("s3cret".toCharArray());

        KeystorePasswordOptions unset = new KeystorePasswordOptions();
        unset.environmentVariable = "EHC_MISSING";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.existing(unset, "k"))
                .hasMessageContaining("EHC_MISSING is not set");

        KeystorePasswordOptions both = new KeystorePasswordOptions();
        both.environmentVariable = "EHC_PW";
        both.file = dir.resolve("pw");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.existing(both, "k"))
                .hasMessageContaining("not both");
    }

    private static void assertOwnerOnly(Path file) throws Exception {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }
}
