package uk.ehcexchange.hub.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.audit.JdbcAuditTrail;
import uk.ehcexchange.hub.auth.ClientIdentity;
import uk.ehcexchange.hub.config.ClockConfiguration;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.inbox.InboundTransferRepository;
import uk.ehcexchange.transfer.TransferDeadline;
import uk.ehcexchange.transfer.DeadlineKind;
import uk.ehcexchange.hub.transfer.DeadlineRepository;
import uk.ehcexchange.hub.transfer.TransferLedger;
import uk.ehcexchange.hub.transfer.TransferStatus;
import uk.ehcexchange.hub.core.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import uk.ehcexchange.security.audit.AuditEvent;

/**
 * What the hub relies on its database for, run against each database it supports: the Flyway migrations apply,
 * unique keys make resends and redeliveries harmless, and failed work leaves nothing behind.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({IdempotentRequests.class, TransferLedger.class, DeadlineRepository.class, InboundTransferRepository.class,
        JdbcAuditTrail.class, ClockConfiguration.class})
abstract class PersistenceContract {

    private static final ClientIdentity HERTS = new ClientIdentity("herts-case-system", "919");

    @Autowired IdempotentRequests idempotent;
    @Autowired TransferLedger ledger;
    @Autowired DeadlineRepository deadlines;
    @Autowired InboundTransferRepository inbound;
    @Autowired JdbcAuditTrail audit;
    @Autowired JdbcClient jdbc;

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

        assertThat(ledger.find(transferId)).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(TransferStatus.DELIVERED));
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
                assertThat(t.transferDate()).as("the first delivery fixes the date of transfer").isEqualTo("2026-03-23"));
        assertThat(inbound.packageSha256(transferId)).hasValue("ab".repeat(32));
    }

    @Test
    void aDeadlineIsRecordedOnceAndNotRecomputed() {
        String transferId = UUID.randomUUID().toString();
        deadlines.recordOnce(transferId, new TransferDeadline(DeadlineKind.TRANSFER_BY, LocalDate.of(2026, 3, 23), "first", "reg 15(2)"));
        deadlines.recordOnce(transferId, new TransferDeadline(DeadlineKind.TRANSFER_BY, LocalDate.of(2026, 4, 1), "second", "reg 15(2)"));

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
