package uk.ehcexchange.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.security.audit.AuditTrail;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;

/**
 * The outbox on the real embedded database and broker: attempts and back-off are kept in the table, a delivery
 * that fails for good is an operator's work list (retry, discard, each audited), and a row being attempted is
 * skipped by every other worker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DeliveryOutboxTest {

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        registry.add("ehc.data-dir", () -> tempDir());
        registry.add("ehc.demo-mode", () -> "true");
        registry.add("ehc.delivery.first-retry", () -> "50ms");
        registry.add("ehc.delivery.max-retry-interval", () -> "200ms");
        registry.add("ehc.delivery.max-attempts", () -> "3");
        registry.add("ehc.delivery.sweep-interval", () -> "100ms");
        // A council served by a hub that cannot be reached: its receipts fail in a way that may pass.
        registry.add("ehc.peers[0].name", () -> "unreachable");
        registry.add("ehc.peers[0].url", () -> "https://localhost:1");
        registry.add("ehc.peers[0].authorities[0]", () -> "330");
        registry.add("ehc.peers[0].certificates[0]", DeliveryOutboxTest::peerCouncilCertificate);
    }

    /** Birmingham's encryption certificate, as a peer hub would publish it; generated, never kept. */
    private static String peerCouncilCertificate() {
        try {
            Path file = Files.createTempDirectory("ehc-peer").resolve("330.pem");
            PemFiles.writeCertificates(file, List.of(DevelopmentCa.create("Peer test CA")
                    .issue("330", KeyAlgorithm.EC_P256).certificate()));
            return file.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired Outbox outbox;
    @Autowired DeliveryOperations operations;
    @Autowired DeliveryWorker worker;
    @Autowired TransactionTemplate transaction;
    @Autowired DataSource dataSource;
    @Autowired AuditTrail audit;

    @Test
    void aDeliveryThatKeepsFailingIsRetriedWithBackOffThenListedWithItsReason() {
        String id = schedule("330", "not a receipt");

        Delivery failed = await().atMost(Duration.ofSeconds(30)).until(() -> outbox.find(id).orElseThrow(),
                d -> d.status() == DeliveryStatus.FAILED);

        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).startsWith("gave up after 3 attempts: ");
        assertThat(operations.list(DeliveryStatus.FAILED, 1000)).extracting(Delivery::deliveryId).contains(id);
    }

    @Test
    void aDeliveryTheReceiverRefusesIsListedAtOnceWithoutRetries() {
        String id = schedule("919", "not a receipt");

        Delivery failed = await().atMost(Duration.ofSeconds(30)).until(() -> outbox.find(id).orElseThrow(),
                d -> d.status() == DeliveryStatus.FAILED);

        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("known-transfer");
        assertThat(audit.recent(100)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("delivery.failed RECEIPT");
            assertThat(event.reason()).contains(id);
        });
    }

    @Test
    void anOperatorRetriesAFailedDeliveryWithFreshAttemptsAndTheRetryIsAudited() {
        String id = failedDelivery();

        Delivery retried = operations.retry("alice", id);

        assertThat(retried.resolvedBy()).isEqualTo("alice");
        assertThat(audit.recent(100)).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo("alice");
            assertThat(event.action()).isEqualTo("delivery.retry");
            assertThat(event.subjectId()).isEqualTo(id);
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.find(id).orElseThrow(),
                d -> d.status() == DeliveryStatus.FAILED && d.attempts() == 1);
    }

    @Test
    void anOperatorDiscardsAFailedDeliveryWithAReason() {
        String id = failedDelivery();

        Delivery discarded = operations.discard("alice", id, "sender re-sent the transfer by hand");

        assertThat(discarded.status()).isEqualTo(DeliveryStatus.DISCARDED);
        assertThat(discarded.resolutionNote()).isEqualTo("sender re-sent the transfer by hand");
        assertThat(audit.recent(100)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("delivery.discard");
            assertThat(event.subjectId()).isEqualTo(id);
        });
    }

    @Test
    void aDiscardWithoutAReasonIsRefused() {
        String id = failedDelivery();

        assertThatThrownBy(() -> operations.discard("alice", id, " "))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(Rejection.VALIDATION_FAILED);
                    assertThat(e.violations().get(0).field()).isEqualTo("reason");
                });
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void onlyAFailedDeliveryCanBeRetriedOrDiscarded() {
        String id = schedule("330", "not a receipt");

        assertThatThrownBy(() -> operations.discard("alice", id, "no"))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.CONFLICT));
        assertThat(audit.recent(100)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("delivery.discard");
            assertThat(event.reason()).startsWith("only-failed-deliveries");
        });
    }

    @Test
    void anUnknownDeliveryIsNotFound() {
        assertThatThrownBy(() -> operations.retry("alice", UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.NOT_FOUND));
    }

    @Test
    void aDeliveryLockedByAnotherWorkerIsSkippedNotAttemptedTwice() throws Exception {
        String id = transaction.execute(status -> outbox.schedule(new Outbox.NewDelivery(DeliveryKind.RECEIPT,
                UUID.randomUUID().toString(), Destination.council("919"), "test " + UUID.randomUUID(),
                Base64.getEncoder().encodeToString("x".getBytes()), java.time.Instant.now().plusSeconds(3600))));
        try (Connection otherNode = dataSource.getConnection();
             PreparedStatement due = otherNode.prepareStatement(
                     "UPDATE delivery SET next_attempt_at = CURRENT_TIMESTAMP WHERE delivery_id = ?");
             PreparedStatement lock = otherNode.prepareStatement(
                     "SELECT delivery_id FROM delivery WHERE delivery_id = ? FOR UPDATE")) {
            due.setString(1, id);
            due.executeUpdate();
            otherNode.setAutoCommit(false);
            lock.setString(1, id);
            lock.executeQuery().close();

            worker.attempt(id);

            otherNode.rollback();
        }
        assertThat(outbox.find(id).orElseThrow().attempts()).as("skipped while another worker held it").isZero();
    }

    private String failedDelivery() {
        String id = schedule("919", "not a receipt");
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.find(id).orElseThrow().status(),
                status -> status == DeliveryStatus.FAILED);
        return id;
    }

    /** A receipt for a sender council; the payload decides how it fails. */
    private String schedule(String senderCouncil, String payload) {
        String transferId = UUID.randomUUID().toString();
        return transaction.execute(status -> outbox.schedule(new Outbox.NewDelivery(DeliveryKind.RECEIPT, transferId,
                Destination.council(senderCouncil), "RECEIPT " + transferId + " TEST",
                Base64.getEncoder().encodeToString(payload.getBytes()), null)));
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("ehc-delivery-test").toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
