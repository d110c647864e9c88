package uk.ehcexchange.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.transfer.TransferReceipt;
import uk.ehcexchange.security.cms.ReceiptSigner;

class CliVerifyReceiptTest {

    @TempDir
    Path dir;

    private CliPki pki;
    private Path receipt;

    @BeforeEach
    void receiptSignedBy821() throws Exception {
        pki = CliPki.create(dir, "919", "821");
        TransferReceipt document = new TransferReceipt("transfer-42", "821", TransferReceipt.Disposition.DELIVERED,
                "ab".repeat(32), LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T09:20:00Z"), null, false);
        byte[] signed = new ReceiptSigner().sign(CanonicalJson.mapper().writeValueAsBytes(document),
                pki.signer("821"));
        receipt = dir.resolve("receipt.p7m");
        Files.write(receipt, signed);
    }

    @Test
    void acceptsAReceiptSignedByTheRecipientAndPrintsIt() {
        CliRunner.Result result = CliRunner.run("verify-receipt", "--in", receipt.toString(),
                "--trust", pki.trust("821"), "--expect-signer", "821");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("VERIFIED").containsPattern("Signer authority: +821")
                .contains("\"disposition\" : \"DELIVERED\"", "transfer-42");
    }

    @Test
    void withOneTrustedAuthorityTheSignerIsExpectedToBeThatAuthority() {
        CliRunner.Result result = CliRunner.run("verify-receipt", "--in", receipt.toString(),
                "--trust", pki.trust("821"));

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void rejectsAReceiptWhenAnotherSignerIsExpected() {
        CliRunner.Result result = CliRunner.run("verify-receipt", "--in", receipt.toString(),
                "--trust", pki.trust("821"), "--trust", pki.trust("303"), "--expect-signer", "303");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).anyMatch(line -> line.startsWith("REJECTED signer-wrong-authority: "));
        assertThat(result.out()).doesNotContain("transfer-42");
    }

    @Test
    void rejectsATamperedReceipt() throws Exception {
        byte[] bytes = Files.readAllBytes(receipt);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("DELIVERED", "REJECTED!");
        Files.write(receipt, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        CliRunner.Result result = CliRunner.run("verify-receipt", "--in", receipt.toString(),
                "--trust", pki.trust("821"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).anyMatch(line -> line.startsWith("REJECTED tampered-signed-content: "));
    }

    @Test
    void severalTrustedAuthoritiesWithoutExpectSignerIsAUsageError() {
        CliRunner.Result result = CliRunner.run("verify-receipt", "--in", receipt.toString(),
                "--trust", pki.trust("821"), "--trust", pki.trust("919"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--expect-signer is required");
    }
}
