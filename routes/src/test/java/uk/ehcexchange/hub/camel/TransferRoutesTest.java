package uk.ehcexchange.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.delivery.Delivery;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.DeliverySweep;
import uk.ehcexchange.hub.delivery.Destination;
import uk.ehcexchange.hub.delivery.Outbox;
import uk.ehcexchange.hub.inbox.TransferReceiver;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.transfer.TransferLedger;
import uk.ehcexchange.hub.transfer.TransferSender;
import uk.ehcexchange.hub.transfer.TransferStatus;
import uk.ehcexchange.hub.transfer.pkg.PackageStore;
import uk.ehcexchange.hub.transfer.pkg.SecureTransferPackages;
import uk.ehcexchange.hub.transfer.pkg.TransferRejectedException;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.security.SigningIdentity;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;
import uk.ehcexchange.security.cms.SecurePackageWriter;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;
import uk.ehcexchange.transfer.ChildIdentifiers;
import uk.ehcexchange.transfer.ContainerLimits;
import uk.ehcexchange.transfer.PartNames;
import uk.ehcexchange.transfer.PartRole;
import uk.ehcexchange.transfer.TransferContainerReader;
import uk.ehcexchange.transfer.TransferContainerWriter;
import uk.ehcexchange.transfer.TransferManifestV1;

/**
 * The transfer path on the real embedded broker and database, with demonstration keys generated at start:
 * rejections of packages that reach the receiver, repeats and replays, and the move day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TransferRoutesTest {

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        registry.add("ehc.data-dir", TransferRoutesTest::tempDir);
        registry.add("ehc.demo-mode", () -> "true");
    }

    @Autowired Outbox outbox;
    @Autowired DeliverySweep sweep;
    @Autowired TransactionTemplate transaction;
    @Autowired TransferReceiver receiver;
    @Autowired TransferLedger ledger;
    @Autowired TransferSender sender;
    @Autowired PlanRepository plans;
    @Autowired SecureTransferPackages packages;
    @Autowired PackageStore store;
    @Autowired HubCredentials credentials;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;

    @Test
    void aPackageThatIsNotCmsIsRejectedStoresNothingAndIsAudited() throws Exception {
        String transferId = openTransfer("821");
        Files.writeString(store.outbound(transferId), "garbage");

        deliver(transferId, "821");

        assertRejected(transferId, "malformed-package");
    }

    @Test
    void aPackageSignedByAnotherCouncilThanItClaimsIsRejected() throws Exception {
        String transferId = openTransfer("821");
        try (OutputStream out = Files.newOutputStream(store.outbound(transferId));
             OutputStream sealed = new SecurePackageWriter().open(out, credentials.tenant("303").signer(),
                     credentials.tenant("821").certificate());
             TransferContainerWriter container = new TransferContainerWriter(sealed)) {
            container.addJsonPart(PartNames.PLAN, PartRole.PLAN, goldenPlan());
            container.finish(manifest(transferId, "919", "821"));
        }

        deliver(transferId, "821");

        assertRejected(transferId, "signer-wrong-authority");
    }

    @Test
    void aPackageWithAlteredCiphertextIsRejected() throws Exception {
        String transferId = sealedTransfer();
        byte[] sealed = Files.readAllBytes(store.outbound(transferId));
        sealed[sealed.length - 100] ^= 0x01;
        Files.write(store.outbound(transferId), sealed);

        deliver(transferId, "821");

        assertRejected(transferId, "tampered-ciphertext");
    }

    @Test
    void aTruncatedPackageIsRejected() throws Exception {
        String transferId = sealedTransfer();
        byte[] sealed = Files.readAllBytes(store.outbound(transferId));
        Files.write(store.outbound(transferId), java.util.Arrays.copyOf(sealed, sealed.length / 2));

        deliver(transferId, "821");

        assertRejected(transferId, "truncated-package");
    }

    @Test
    void aPackageEncryptedForAnotherCouncilIsRejected() throws Exception {
        String transferId = openTransfer("303");
        try (OutputStream out = Files.newOutputStream(store.outbound(transferId))) {
            // Addressed to 303 in the ledger and the manifest, but encrypted for 821's certificate.
            sealWith(out, credentials.tenant("919").signer(), credentials.tenant("821").certificate(),
                    manifest(transferId, "919", "303"), goldenPlanBytes());
        }

        deliver(transferId, "303");

        assertRejected(transferId, "wrong-recipient");
    }

    @Test
    void aPackageFromASignerOutsideTheTrustedCaIsRejected() throws Exception {
        String transferId = openTransfer("821");
        IssuedCredential rogue = DevelopmentCa.create("Rogue CA").issue("919", KeyAlgorithm.EC_P256);
        try (OutputStream out = Files.newOutputStream(store.outbound(transferId))) {
            sealWith(out, rogue.signingIdentity(), credentials.tenant("821").certificate(),
                    manifest(transferId, "919", "821"), goldenPlanBytes());
        }

        deliver(transferId, "821");

        assertRejected(transferId, "signer-not-trusted");
    }

    @Test
    void aPartThatDoesNotMatchItsManifestDigestIsRejected() throws Exception {
        String transferId = openTransfer("821");
        byte[] plan = goldenPlanBytes();
        byte[] altered = new String(plan, StandardCharsets.UTF_8).replace("Hertfordshire", "Hertfordshirf")
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(store.outbound(transferId))) {
            // The manifest lists the digest of the original plan; the container carries an altered one.
            sealWith(out, credentials.tenant("919").signer(), credentials.tenant("821").certificate(),
                    manifest(transferId, "919", "821"), plan, altered);
        }

        deliver(transferId, "821");

        assertRejected(transferId, "part-digest-mismatch");
    }

    @Test
    void aPackageEncryptedWithACipherOffTheAllowListIsRejected(@TempDir Path dir) throws Exception {
        assumeOpenSsl();
        String transferId = openTransfer("821");
        Files.copy(sealedByOpenSsl(dir, transferId, "-aes-256-cbc"), store.outbound(transferId));

        deliver(transferId, "821");

        assertRejected(transferId, "unsupported-algorithm");
    }

    private String sealedTransfer() throws Exception {
        String transferId = openTransfer("821");
        assertThat(sender.seal(ledger.find(transferId).orElseThrow())).isEqualTo(store.outbound(transferId));
        return transferId;
    }

    /**
     * Seals a container whose manifest is built from {@code listedPlan} but which carries {@code carriedPlan}, so
     * a test can make the two disagree.
     */
    private static void sealWith(OutputStream out, SigningIdentity signer, X509Certificate recipient,
                                 TransferManifestV1 manifest, byte[] listedPlan, byte[]... carriedPlan)
            throws Exception {
        java.io.ByteArrayOutputStream honest = new java.io.ByteArrayOutputStream();
        try (TransferContainerWriter container = new TransferContainerWriter(honest)) {
            container.addPart(PartNames.PLAN, PartRole.PLAN, "application/json",
                    new java.io.ByteArrayInputStream(listedPlan));
            container.finish(manifest);
        }
        byte[] content = carriedPlan.length == 0 ? honest.toByteArray() : swapPlan(honest.toByteArray(), carriedPlan[0]);
        try (OutputStream sealed = new SecurePackageWriter().open(out, signer, recipient)) {
            sealed.write(content);
        }
    }

    /** The same container with the plan entry's bytes replaced and the manifest left as it was. */
    private static byte[] swapPlan(byte[] container, byte[] plan) throws Exception {
        java.io.ByteArrayOutputStream forged = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(container));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(forged)) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(PartNames.PLAN) ? plan : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return forged.toByteArray();
    }

    private byte[] goldenPlanBytes() throws Exception {
        return json.writeValueAsBytes(goldenPlan());
    }

    @Test
    void aPackageDeliveredTwiceIsStoredOnceAndADifferentOneUnderItsIdIsAReplay() throws Exception {
        String transferId = sealedTransfer();

        deliver(transferId, "821");
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(transferId).orElseThrow().status(),
                status -> status == TransferStatus.DELIVERED);
        byte[] again = receiver.receive(store.outbound(transferId), transferId, "821");
        assertThat(again).as("a repeat is answered with a receipt, not stored again").isNotEmpty();

        try (OutputStream out = Files.newOutputStream(store.outbound(transferId))) {
            packages.seal(manifest(transferId, "919", "821"), goldenPlan(), List.of(), out);
        }
        assertThatThrownBy(() -> receiver.receive(store.outbound(transferId), transferId, "821"))
                .isInstanceOfSatisfying(TransferRejectedException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("replayed-package"));
        assertThat(count("SELECT COUNT(*) FROM inbound_transfer WHERE transfer_id = ?", transferId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM transfer_receipt WHERE transfer_id = ?", transferId)).isEqualTo(1);
        assertThat(ledger.history(transferId)).extracting(TransferLedger.Event::status)
                .containsOnlyOnce(TransferStatus.DELIVERED).doesNotContain(TransferStatus.REJECTED);
    }

    @Test
    void aTransferWaitsForTheMoveDayAndIsDueFromIt() throws Exception {
        String future = openTransfer("821", LocalDate.now(clock).plusDays(10), Instant.now().minusSeconds(3600));
        Instant moveDay = LocalDate.now(clock).plusDays(10).atStartOfDay(clock.getZone()).toInstant();
        String deliveryId = transaction.execute(status -> outbox.schedule(new Outbox.NewDelivery(
                DeliveryKind.TRANSFER, future, Destination.council("821"), "TRANSFER " + future, null, moveDay)));

        sweep.sweep();

        Delivery waiting = outbox.find(deliveryId).orElseThrow();
        assertThat(waiting.nextAttemptAt()).isEqualTo(moveDay);
        assertThat(waiting.attempts()).isZero();
        assertThat(count("SELECT COUNT(*) FROM delivery WHERE delivery_id = ? AND queued_until IS NULL", deliveryId))
                .as("the sweep does not hand it to the broker before the move day").isEqualTo(1);
        assertThat(ledger.find(future).orElseThrow().status()).isEqualTo(TransferStatus.REQUESTED);
    }

    @Test
    void aPackageTheHubSealedDecryptsAndVerifiesWithOpenSsl(@TempDir Path dir) throws Exception {
        assumeOpenSsl();
        String transferId = openTransfer("821");
        sender.seal(ledger.find(transferId).orElseThrow());
        Files.copy(store.outbound(transferId), dir.resolve("package.p7m"));
        writePem(dir.resolve("821.pem"), credentials.tenant("821").certificate());
        writeKey(dir.resolve("821.key"), credentials.tenant("821").decrypter().privateKey());
        writePem(dir.resolve("ca.pem"), credentials.trust().forAuthority("919").orElseThrow().anchors().iterator().next());

        openssl(dir, "cms", "-decrypt", "-inform", "DER", "-in", "package.p7m", "-recip", "821.pem", "-inkey", "821.key",
                "-binary", "-out", "signed.der");
        openssl(dir, "cms", "-verify", "-inform", "DER", "-in", "signed.der", "-CAfile", "ca.pem", "-purpose", "any",
                "-binary", "-out", "container.zip");

        try (InputStream container = Files.newInputStream(dir.resolve("container.zip"))) {
            TransferManifestV1 manifest = new TransferContainerReader(ContainerLimits.of(1 << 26))
                    .read(container, name -> OutputStream.nullOutputStream());
            assertThat(manifest.packageId()).hasToString(transferId);
            assertThat(manifest.fromAuthority()).isEqualTo("919");
        }
    }

    @Test
    void aPackageSignedAndEncryptedWithOpenSslIsAccepted(@TempDir Path dir) throws Exception {
        assumeOpenSsl();
        String transferId = openTransfer("821");
        Files.copy(sealedByOpenSsl(dir, transferId, "-aes-256-gcm"), store.outbound(transferId));

        deliver(transferId, "821");

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(transferId).orElseThrow().status(),
                status -> status == TransferStatus.DELIVERED);
        assertThat(count("SELECT COUNT(*) FROM inbound_transfer WHERE transfer_id = ?", transferId)).isEqualTo(1);
    }

    /** A container for the transfer, signed by 919 and encrypted for 821 with the openssl command line. */
    private Path sealedByOpenSsl(Path dir, String transferId, String cipher) throws Exception {
        try (OutputStream out = Files.newOutputStream(dir.resolve("container.zip"));
             TransferContainerWriter container = new TransferContainerWriter(out)) {
            container.addJsonPart(PartNames.PLAN, PartRole.PLAN, goldenPlan());
            container.finish(manifest(transferId, "919", "821"));
        }
        writePem(dir.resolve("919.pem"), credentials.tenant("919").certificate());
        writeKey(dir.resolve("919.key"), credentials.tenant("919").signer().privateKey());
        writePem(dir.resolve("821.pem"), credentials.tenant("821").certificate());
        openssl(dir, "cms", "-sign", "-binary", "-nodetach", "-md", "sha256", "-in", "container.zip",
                "-signer", "919.pem", "-inkey", "919.key", "-outform", "DER", "-out", "signed.der");
        openssl(dir, "cms", "-encrypt", "-binary", cipher, "-in", "signed.der", "-recip", "821.pem",
                "-keyopt", "ecdh_kdf_md:sha256", "-outform", "DER", "-out", "package.p7m");
        return dir.resolve("package.p7m");
    }

    private static void assumeOpenSsl() {
        boolean available;
        try {
            available = new ProcessBuilder("openssl", "version").start().waitFor() == 0;
        } catch (Exception e) {
            available = false;
        }
        Assumptions.assumeTrue(available, "openssl is not on PATH; OpenSSL interoperability not tested");
    }

    private static void openssl(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("openssl %s: %s", String.join(" ", args), output).isZero();
    }

    /** Test-only: an unencrypted PKCS#8 key in the test's temp folder, for openssl's -inkey. */
    private static void writeKey(Path file, PrivateKey key) throws Exception {
        try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(new JcaPKCS8Generator(key, null));
        }
    }

    private static void writePem(Path file, X509Certificate certificate) throws Exception {
        PemFiles.writeCertificates(file, List.of(certificate));
    }

    /**
     * Delivers the package now at the transfer's outbound path, as sealed (the transfer is marked SENT, so the
     * sender keeps those bytes), through the outbox like any transfer.
     */
    private void deliver(String transferId, String recipient) {
        ledger.advance(transferId, EnumSet.of(TransferStatus.REQUESTED), TransferStatus.SENT, Instant.now(), "test");
        transaction.executeWithoutResult(status -> outbox.schedule(new Outbox.NewDelivery(DeliveryKind.TRANSFER,
                transferId, Destination.council(recipient), "TRANSFER " + transferId, null, null)));
    }

    private void assertRejected(String transferId, String reason) {
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(transferId).orElseThrow().status(),
                status -> status == TransferStatus.REJECTED);
        assertThat(ledger.find(transferId).orElseThrow().reason()).isEqualTo(reason);
        assertThat(count("SELECT COUNT(*) FROM inbound_transfer WHERE transfer_id = ?", transferId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM transfer_receipt WHERE transfer_id = ? AND disposition = 'REJECTED'",
                transferId)).as("the signed rejection is kept").isEqualTo(1);
        assertThat(audit.recent(50)).anySatisfy(event -> {
            assertThat(event.subjectId()).isEqualTo(transferId);
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.REJECTED);
            assertThat(event.reason()).isEqualTo(reason);
        });
    }

    private TransferManifestV1 manifest(String transferId, String from, String to) throws Exception {
        return TransferManifestV1.withoutParts(UUID.fromString(transferId), from, to,
                ChildIdentifiers.of(goldenPlan().child()), goldenPlan().planId(), LocalDate.now(clock),
                LocalDate.now(clock).minusDays(40), LocalDate.now(clock), List.of(), Instant.now());
    }

    private String openTransfer(String toCouncil) throws Exception {
        return openTransfer(toCouncil, LocalDate.now(clock), Instant.now());
    }

    /** A ledger entry as the API would have opened it, for the golden sample plan. */
    private String openTransfer(String toCouncil, LocalDate moveDate, Instant openedAt) throws Exception {
        EhcPlan plan = goldenPlan();
        if (plans.find(plan.planId()).isEmpty()) {
            plans.insert(plan, json.writeValueAsString(plan), Instant.now());
        }
        String transferId = UUID.randomUUID().toString();
        ledger.open(new TransferLedger.Entry(transferId, plan.planId(), "919", toCouncil, moveDate,
                moveDate.minusDays(40), null, TransferStatus.REQUESTED, null), openedAt);
        return transferId;
    }

    private EhcPlan goldenPlan() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/uk/ehcexchange/samples/ehc-plan-919-full.json")) {
            return json.readValue(in, EhcPlan.class);
        }
    }

    private int count(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("ehc-routes-test").toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
