package uk.ehcexchange.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.ehcexchange.hub.auth.ApiKeys;
import uk.ehcexchange.hub.inbox.TransferReceiver;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.transfer.TransferLedger;
import uk.ehcexchange.hub.transfer.TransferSender;
import uk.ehcexchange.hub.transfer.TransferStatus;
import uk.ehcexchange.hub.transfer.pkg.TransferPackageCodec;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.transfer.TransferManifest;
import uk.ehcexchange.model.transfer.TransferPackage;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/** The transfer routes on the real embedded broker and database: the error policy, rejections and redelivery. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TransferRoutesTest {

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) throws Exception {
        registry.add("ehc.data-dir", () -> tempDir());
        registry.add("ehc.clients[0].id", () -> "herts");
        registry.add("ehc.clients[0].authority", () -> "919");
        registry.add("ehc.clients[0].api-key-sha256", () -> ApiKeys.sha256Hex(ApiKeys.generate()));
        registry.add("ehc.transfers.max-redeliveries", () -> "1");
        registry.add("ehc.transfers.redelivery-delay", () -> "10ms");
    }

    @Autowired ProducerTemplate producer;
    @Autowired ConsumerTemplate consumer;
    @Autowired TransferLedger ledger;
    @Autowired TransferSender sender;
    @Autowired PlanRepository plans;
    @Autowired TransferPackageCodec codec;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;

    @Test
    void aMessageThatKeepsFailingGoesToTheDeadLetterQueueWithItsReason() {
        String junk = "not a receipt " + UUID.randomUUID();
        producer.sendBody(HubEndpoints.TRANSFER_RECEIPTS, junk.getBytes(StandardCharsets.UTF_8));

        Exchange dead = await().atMost(Duration.ofSeconds(20)).until(
                () -> consumer.receive(HubEndpoints.DEAD_LETTER, 500), e -> e != null && new String(
                        e.getMessage().getBody(byte[].class), StandardCharsets.UTF_8).equals(junk));
        assertThat(dead.getMessage().getHeader(HubErrorPolicy.FAILURE_REASON, String.class))
                .as("the reason travels with the original message").contains("JsonParseException");
    }

    @Test
    void anUnreadablePackageIsRejectedStoresNothingAndIsAudited() throws Exception {
        String transferId = openTransfer("821");

        producer.sendBodyAndHeader(HubEndpoints.TRANSFERS_INBOUND, "garbage".getBytes(StandardCharsets.UTF_8),
                TransferReceiver.TRANSFER_ID_HEADER, transferId);

        assertRejected(transferId, "unreadable-package");
    }

    @Test
    void aPackageForACouncilThisHubDoesNotServeIsRejected() throws Exception {
        String transferId = openTransfer("821");
        TransferPackage addressedElsewhere = new TransferPackage(new TransferManifest(transferId, "919", "999",
                goldenPlan().planId(), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 2), Instant.now()),
                goldenPlan());

        producer.sendBodyAndHeader(HubEndpoints.TRANSFERS_INBOUND, codec.seal(addressedElsewhere),
                TransferReceiver.TRANSFER_ID_HEADER, transferId);

        assertRejected(transferId, "unknown-recipient");
    }

    @Test
    void aPackageDeliveredTwiceIsStoredOnce() throws Exception {
        String transferId = openTransfer("821");
        byte[] sealed = codec.seal(new TransferPackage(new TransferManifest(transferId, "919", "821",
                goldenPlan().planId(), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 2), Instant.now()),
                goldenPlan()));

        producer.sendBodyAndHeader(HubEndpoints.TRANSFERS_INBOUND, sealed, TransferReceiver.TRANSFER_ID_HEADER, transferId);
        producer.sendBodyAndHeader(HubEndpoints.TRANSFERS_INBOUND, sealed, TransferReceiver.TRANSFER_ID_HEADER, transferId);

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(transferId).orElseThrow().status(),
                status -> status == TransferStatus.DELIVERED);
        assertThat(count("SELECT COUNT(*) FROM inbound_transfer WHERE transfer_id = ?", transferId)).isEqualTo(1);
        assertThat(ledger.history(transferId)).extracting(TransferLedger.Event::status)
                .containsOnlyOnce(TransferStatus.DELIVERED);
    }

    @Test
    void aTransferWaitsForTheMoveDayAndIsDueFromIt() throws Exception {
        String future = openTransfer("821", LocalDate.now(clock).plusDays(10), Instant.now().minusSeconds(3600));
        String today = openTransfer("821", LocalDate.now(clock), Instant.now().minusSeconds(3600));

        assertThat(sender.seal(future)).as("nothing is sent before the move day").isNull();
        assertThat(sender.due()).contains(today).doesNotContain(future);
    }

    private void assertRejected(String transferId, String reason) {
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(transferId).orElseThrow().status(),
                status -> status == TransferStatus.REJECTED);
        assertThat(ledger.find(transferId).orElseThrow().reason()).isEqualTo(reason);
        assertThat(count("SELECT COUNT(*) FROM inbound_transfer WHERE transfer_id = ?", transferId)).isZero();
        assertThat(audit.recent(50)).anySatisfy(event -> {
            assertThat(event.subjectId()).isEqualTo(transferId);
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.REJECTED);
            assertThat(event.reason()).isEqualTo(reason);
        });
    }

    /** A ledger entry as the API would have opened it, for a plan of the golden sample's shape. */
    private String openTransfer(String toCouncil) throws Exception {
        return openTransfer(toCouncil, LocalDate.of(2026, 3, 23), Instant.now());
    }

    private String openTransfer(String toCouncil, LocalDate moveDate, Instant openedAt) throws Exception {
        EhcPlan plan = goldenPlan();
        if (plans.find(plan.planId()).isEmpty()) {
            plans.insert(plan, json.writeValueAsString(plan), Instant.now());
        }
        String transferId = UUID.randomUUID().toString();
        ledger.open(new TransferLedger.Entry(transferId, plan.planId(), "919", toCouncil, moveDate,
                LocalDate.of(2026, 3, 2), null, TransferStatus.REQUESTED, null), openedAt);
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
