package uk.ehcexchange.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.Fingerprints;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.transfer.PartNames;

class CliVerifyPackageTest {

    private static final String NHS_NUMBER = "9993110469";

    @TempDir
    Path dir;

    private CliPki pki;
    private Path sealed;

    @BeforeEach
    void councilsAndAPackageFrom919To821() throws Exception {
        pki = CliPki.create(dir, "919", "821");
        sealed = dir.resolve("package.cms");
        Files.write(sealed, CliPackages.sealed(pki.signer("919"), pki.certificateOf("821"), "919", "821"));
    }

    private CliRunner.Result verify(Path packageFile, String... extra) {
        List<String> args = new ArrayList<>(List.of("verify-package", "--in", packageFile.toString(),
                "--key", pki.keystore("821").toString(), "--password-file", pki.passwordFile.toString(),
                "--trust", pki.trust("919")));
        args.addAll(Arrays.asList(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void verifiesARealPackageAndPrintsTheManifestWithIdentifiersMasked() throws Exception {
        CliRunner.Result result = verify(sealed, "--expect-sender", "919");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("VERIFIED")
                .containsPattern("Sender authority: +919")
                .contains("SHA256 " + Fingerprints.sha256(pki.certificateOf("919")))
                .contains(CliPackages.PACKAGE_ID.toString())
                .contains("919 -> 821")
                .containsPattern("Move date: +2026-11-30")
                .containsPattern("Aware on: +2026-11-02")
                .containsPattern("Transfer date: +2026-11-30")
                .contains("TRANSFER_BY", "FAMILY_NOTIFICATION_BY", "REVIEW_BY", "2027-01-11")
                .contains(PartNames.PLAN, CliPackages.REPORT, "application/pdf", "attachment",
                        Integer.toString(CliPackages.report().length))
                .contains("NHS number 999*******")
                .doesNotContain(NHS_NUMBER)
                .doesNotContain("U919236820041");
        assertThat(result.err()).contains("revocation checking is OFF");
    }

    @Test
    void showIdentifiersPrintsThemInFull() {
        CliRunner.Result result = verify(sealed, "--show-identifiers");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("NHS number " + NHS_NUMBER, "UPN U919236820041");
    }

    @Test
    void extractsThePartsOnlyAfterVerification() throws Exception {
        Path out = dir.resolve("extracted");
        CliRunner.Result result = verify(sealed, "--extract", out.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readAllBytes(out.resolve(CliPackages.REPORT))).isEqualTo(CliPackages.report());
        assertThat(Files.readString(out.resolve(PartNames.PLAN))).contains("HCC-EHCP-2023-004417");
    }

    @Test
    void aFlippedByteIsRejectedAsTamperedCiphertext() throws Exception {
        byte[] bytes = Files.readAllBytes(sealed);
        bytes[bytes.length / 2] ^= 0x01;
        Path tampered = dir.resolve("tampered.cms");
        Files.write(tampered, bytes);
        Path out = dir.resolve("extracted");

        CliRunner.Result result = verify(tampered, "--extract", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("REJECTED tampered-ciphertext: ");
        assertThat(result.out()).doesNotContain("VERIFIED");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSignerFromARogueCaIsNotTrusted() throws Exception {
        IssuedCredential rogue919 = DevelopmentCa.create("Rogue CA").issue("919", KeyAlgorithm.EC_P256);
        Path rogue = dir.resolve("rogue.cms");
        Files.write(rogue, CliPackages.sealed(rogue919.signingIdentity(), pki.certificateOf("821"), "919", "821"));

        CliRunner.Result result = verify(rogue);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("REJECTED signer-not-trusted: ");
    }

    @Test
    void aRevokedSignerIsRejectedWhenACrlIsGiven() throws Exception {
        Path crl = dir.resolve("ca.crl");
        CliRunner.Result published = CliRunner.run("keys", "crl", "--ca", pki.caKeystore().toString(),
                "--ca-password-file", pki.passwordFile.toString(), "--revoke", pki.certificate("919").toString(),
                "--out", crl.toString());
        assertThat(published.exitCode()).as(published.toString()).isZero();

        CliRunner.Result result = verify(sealed, "--crl", "919=" + crl);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("REJECTED signer-revoked: ");
    }

    @Test
    void withAnEmptyCrlRevocationCheckingIsOnAndTheSignerPasses() throws Exception {
        Path crl = dir.resolve("empty.crl");
        assertThat(CliRunner.run("keys", "crl", "--ca", pki.caKeystore().toString(),
                "--ca-password-file", pki.passwordFile.toString(), "--out", crl.toString()).exitCode()).isZero();

        CliRunner.Result result = verify(sealed, "--crl", "919=" + crl);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Revocation checking: on");
        assertThat(result.err()).doesNotContain("OFF");
    }

    @Test
    void aPackageSignedByAnotherAuthorityThanExpectedIsRejected() {
        CliRunner.Result result = verify(sealed, "--expect-sender", "821", "--trust", pki.trust("821"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("REJECTED signer-wrong-authority: ");
    }

    @Test
    void aPackageForAnotherCouncilIsRejectedAsWrongRecipient() {
        CliRunner.Result result = CliRunner.run("verify-package", "--in", sealed.toString(),
                "--key", pki.keystore("919").toString(), "--password-file", pki.passwordFile.toString(),
                "--trust", pki.trust("919"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("REJECTED wrong-recipient: ");
    }

    @Test
    void aManifestClaimingAnotherSenderThanTheSignerIsRejected() throws Exception {
        // 919 signs, but the manifest says the package comes from 886: a trusted council posing as another.
        Path posing = dir.resolve("posing.cms");
        Files.write(posing, CliPackages.sealed(pki.signer("919"), pki.certificateOf("821"), "886", "821"));

        CliRunner.Result result = verify(posing);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("REJECTED manifest-mismatch: manifest fromAuthority");
    }

    @Test
    void missingTrustIsAUsageError() {
        CliRunner.Result result = CliRunner.run("verify-package", "--in", sealed.toString(),
                "--key", pki.keystore("821").toString(), "--password-file", pki.passwordFile.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--trust");
    }
}
