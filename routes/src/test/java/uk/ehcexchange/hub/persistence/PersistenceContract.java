package uk.ehcexchange.hub.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.audit.JdbcAuditTrail;
import uk.ehcexchange.hub.config.ClockConfiguration;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.document.ContentReferences;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.inbox.InboundTransferRepository;
import uk.ehcexchange.hub.quota.Quota;
import uk.ehcexchange.hub.quota.QuotaUsage;
import uk.ehcexchange.hub.transfer.DeadlineRepository;
import uk.ehcexchange.hub.transfer.TransferLedger;
import uk.ehcexchange.hub.transfer.TransferStatus;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.transfer.DeadlineKind;
import uk.ehcexchange.transfer.ManifestPart;
import uk.ehcexchange.transfer.PartRole;
import uk.ehcexchange.transfer.TransferDeadline;

/**
 * What the hub relies on its database for, run against each database it supports: the Flyway migrations apply,
 * unique keys make resends and redeliveries harmless, and failed work leaves nothing behind.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({IdempotentRequests.class, TransferLedger.class, DeadlineRepository.class, InboundTransferRepository.class,
        JdbcAuditTrail.class, ClockConfiguration.class, QuotaUsage.class, ContentReferences.class})
abstract class PersistenceContract {

    private static final ClientIdentity HERTS = new ClientIdentity("herts-case-system", "919");

    @Autowired IdempotentRequests idempotent;
    @Autowired TransferLedger ledger;
    @Autowired DeadlineRepository deadlines;
    @Autowired InboundTransferRepository inbound;
    @Autowired JdbcAuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired QuotaUsage quotas;
    @Autowired ContentReferences references;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aResentRequestRunsItsWorkOnceAndGetsTheFirstAnswer() {
        String key = "key-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();

        StoredResponse first = idempotent.execute(HERTS, key, "request", () ->
                new StoredResponse(201, "answer " + runs.incrementAndGet()));
        StoredResponse again = idempotent.execute(HERTS, key, "request", () ->
                new StoredResponse(201, "answer " + runs.incrementAndGet()));

        assertThat(runs).hasValue(1);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void reusingAKeyForAnotherRequestIsRefused() {
        String key = "key-" + UUID.randomUUID();
        idempotent.execute(HERTS, key, "request", () -> new StoredResponse(201, "{}"));

        assertThatThrownBy(() -> idempotent.execute(HERTS, key, "another request", () -> new StoredResponse(201, "{}")))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("already used");
    }

    @Test
    void eightConcurrentResendsMakeOneRecord() throws Exception {
        String key = "key-" + UUID.randomUUID();
        String planId = "P-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<StoredResponse>> sends = IntStream.range(0, 8)
                    .<Callable<StoredResponse>>mapToObj(i -> () -> idempotent.execute(HERTS, key, "request", () -> {
                        insertPlan(planId);
                        return new StoredResponse(201, planId);
                    }))
                    .toList();
            List<StoredResponse> answers = pool.invokeAll(sends).stream().map(PersistenceContract::join).toList();

            assertThat(answers).containsOnly(new StoredResponse(201, planId));
            assertThat(count("SELECT COUNT(*) FROM ehc_plan WHERE plan_id = ?", planId)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failedWorkLeavesNeitherItsRecordNorTheClaimedKey() {
        String key = "key-" + UUID.randomUUID();
        String planId = "P-" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> idempotent.execute(HERTS, key, "request", () -> {
            insertPlan(planId);
            throw new IllegalStateException("fails after writing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("SELECT COUNT(*) FROM ehc_plan WHERE plan_id = ?", planId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = ?", key)).isZero();
    }

    @Test
    void theLedgerMovesForwardOnceAndKeepsItsHistory() {
        String planId = "P-" + UUID.randomUUID().toString().substring(0, 8);
        insertPlan(planId);
        String transferId = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
        ledger.open(new TransferLedger.Entry(transferId, planId, "919", "821", LocalDate.of(2026, 3, 23),
                LocalDate.of(2026, 3, 2), null, TransferStatus.REQUESTED, null), t0);

        assertThat(ledger.advance(transferId, EnumSet.of(TransferStatus.REQUESTED), TransferStatus.SENT,
                t0.plusSeconds(1), "sent")).isTrue();
        assertThat(ledger.advance(transferId, EnumSet.of(TransferStatus.REQUESTED), TransferStatus.SENT,
                t0.plusSeconds(2), "redelivered")).as("a redelivery finds it moved on").isFalse();
        assertThat(ledger.advance(transferId, EnumSet.of(TransferStatus.SENT), TransferStatus.DELIVERED,
                t0.plusSeconds(3), "stored")).isTrue();

        assertThat(ledger.find(transferId))
                .hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(TransferStatus.DELIVERED));
        assertThat(ledger.history(transferId)).extracting(TransferLedger.Event::status)
                .containsExactly(TransferStatus.REQUESTED, TransferStatus.SENT, TransferStatus.DELIVERED);
    }

    @Test
    void theInboxKeepsOneTransferPerPackageId() {
        String transferId = UUID.randomUUID().toString();
        inbound.store(transferId, "821", "919", "P-1", LocalDate.of(2026, 3, 23), "{}", "ab".repeat(32), Instant.now());

        assertThatThrownBy(() -> inbound.store(transferId, "821", "919", "P-1", LocalDate.of(2026, 3, 24), "{}",
                "cd".repeat(32), Instant.now())).isInstanceOf(DuplicateKeyException.class);
        assertThat(inbound.find(transferId)).hasValueSatisfying(t ->
                assertThat(t.transferDate()).as("the first delivery fixes the date of transfer")
                        .isEqualTo("2026-03-23"));
        assertThat(inbound.packageSha256(transferId)).hasValue("ab".repeat(32));
    }

    @Test
    void aDeadlineIsRecordedOnceAndNotRecomputed() {
        String transferId = UUID.randomUUID().toString();
        deadlines.recordOnce(transferId,
                new TransferDeadline(DeadlineKind.TRANSFER_BY, LocalDate.of(2026, 3, 23), "first", "reg 15(2)"));
        deadlines.recordOnce(transferId,
                new TransferDeadline(DeadlineKind.TRANSFER_BY, LocalDate.of(2026, 4, 1), "second", "reg 15(2)"));

        assertThat(deadlines.forTransfer(transferId)).singleElement()
                .satisfies(d -> assertThat(d.rule()).isEqualTo("first"));
    }

    @Test
    void auditEntriesAreKeptNewestFirst() {
        String subject = UUID.randomUUID().toString();
        audit.record(AuditEvent.accepted("919", "plan.submit", subject));
        audit.record(AuditEvent.rejected("821", "inbox.read", subject, "not-your-authority"));

        assertThat(audit.recent(2)).extracting(AuditEvent::outcome, AuditEvent::subjectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditEvent.Outcome.REJECTED, subject),
                        org.assertj.core.groups.Tuple.tuple(AuditEvent.Outcome.ACCEPTED, subject));
    }

    @Test
    void concurrentCountsOfOneQuotaWindowAllAddUp() throws Exception {
        String client = "client-" + UUID.randomUUID();
        Instant window = Instant.parse("2026-03-02T10:15:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> counts = IntStream.range(0, 200)
                    .<Callable<Long>>mapToObj(i -> () -> quotas.add(client, Quota.REQUESTS, window, 1)).toList();
            List<Long> totals = pool.invokeAll(counts).stream().map(PersistenceContract::join).toList();

            assertThat(quotas.used(client, Quota.REQUESTS, window)).isEqualTo(200);
            assertThat(totals).as("each count saw a total of its own").doesNotHaveDuplicates();
            assertThat(quotas.used(client, Quota.BYTES, window)).as("another quota, another counter").isZero();
        } finally {
            pool.shutdownNow();
        }
        assertThat(quotas.forgetWindowsBefore(window.plusSeconds(60))).isPositive();
        assertThat(quotas.used(client, Quota.REQUESTS, window)).isZero();
    }

    @Test
    void contentIsReferencedByEveryRecordNamingItUntilItsDeliveryIsPurged() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String sha256 = HexFormat.of().formatHex(random);
        String planId = "P-" + UUID.randomUUID().toString().substring(0, 8);
        insertPlan(planId);
        jdbc.sql("INSERT INTO plan_document (plan_id, document_reference, media_type, size_bytes, sha256, uploaded_at) "
                + "VALUES (?, 'K/1.pdf', 'application/pdf', 1, ?, CURRENT_TIMESTAMP)").params(planId, sha256).update();
        String transferId = UUID.randomUUID().toString();
        inbound.store(transferId, "821", "919", planId, LocalDate.of(2026, 3, 23), "{}", "ab".repeat(32),
                Instant.now());
        inbound.storeDocument(transferId, new ManifestPart("attachments/1.pdf", PartRole.ATTACHMENT, "application/pdf",
                1, sha256));

        assertThat(references.count(sha256)).isEqualTo(2);
        jdbc.sql("UPDATE inbound_transfer SET content_purged_at = CURRENT_TIMESTAMP WHERE transfer_id = ?")
                .param(transferId).update();
        assertThat(references.count(sha256)).as("a purged delivery no longer needs it").isEqualTo(1);
        assertThat(references.count("00".repeat(32))).isZero();
    }

    @Test
    void theContentLockIsHeldOnlyInsideATransaction() {
        String sha256 = "ff".repeat(32);
        new TransactionTemplate(transactions).executeWithoutResult(status -> references.lock(List.of(sha256,
                "00".repeat(32), "ff".repeat(32))));

        assertThatThrownBy(() -> references.lock(List.of(sha256)))
                .as("outside a transaction the lock would be released at once")
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private void insertPlan(String planId) {
        jdbc.sql("INSERT INTO ehc_plan (plan_id, owning_la, status, version, document, created_at, updated_at) "
                        + "VALUES (?, '919', 'FINAL', 1, '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .param(planId).update();
    }

    private int count(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
