package uk.ehcexchange.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.hub.transfer.StartTransferRequest;
import uk.ehcexchange.hub.transfer.TransferLedger;
import uk.ehcexchange.hub.transfer.TransferService;
import uk.ehcexchange.hub.transfer.TransferStatus;
import uk.ehcexchange.model.EhcPlan;

/**
 * Production mode for messaging: the hub's embedded broker off and its routes on an external Artemis broker,
 * reached over TCP as a cluster member would be. A transfer's delivery must travel through that broker's queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ExternalBrokerTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** Left running until the test JVM ends: stopping it first would make the cached hub context's consumers fail. */
    private static EmbeddedActiveMQ broker;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) throws Exception {
        int port = freePort();
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port)).start();
        registry.add("ehc.data-dir", () -> tempDir());
        registry.add("ehc.demo-mode", () -> "true");
        registry.add("spring.artemis.mode", () -> "native");
        registry.add("spring.artemis.embedded.enabled", () -> "false");
        registry.add("spring.artemis.broker-url", () -> "tcp://127.0.0.1:" + port);
    }

    @Autowired PlanService plans;
    @Autowired TransferService transfers;
    @Autowired TransferLedger ledger;
    @Autowired ObjectMapper json;

    @Test
    void aTransferTravelsThroughTheExternalBroker() throws Exception {
        ClientIdentity herts = new ClientIdentity("demo-919", "919");
        EhcPlan plan = goldenPlan();
        plans.submit(herts, plan.planId(), "external-broker-plan", plan);
        LocalDate today = LocalDate.now(ENGLAND);

        String transferId = json.readTree(transfers.start(herts, "external-broker-transfer",
                new StartTransferRequest(plan.planId(), "919", "821", today, today.minusDays(40))).body())
                .get("transferId").asText();

        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.find(transferId).orElseThrow().status(),
                status -> status == TransferStatus.DELIVERED);
        assertThat(messagesAdded("ehc.deliveries")).as("the delivery's id travelled through it").isPositive();
    }

    private static long messagesAdded(String queue) {
        return broker.getActiveMQServer().locateQueue(SimpleString.of(queue)).getMessagesAdded();
    }

    private EhcPlan goldenPlan() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/uk/ehcexchange/samples/ehc-plan-919-full.json")) {
            return json.readValue(in, EhcPlan.class);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("ehc-external-broker").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
