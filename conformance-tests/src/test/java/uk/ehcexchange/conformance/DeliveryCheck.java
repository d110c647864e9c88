package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What the resilience tests check after each fault, over the API only, as the two councils would see it: every
 * transfer the sender was answered 2xx for is DELIVERED on the sender's ledger with the receiver's verified signed
 * receipt, and is in the receiver's inbox exactly once; the receiver got them in the order the sender's requests
 * were accepted; nothing is left REQUESTED or SENT. It counts rather than stops at the first miss, prints one summary
 * line per fault (and appends it to {@code target/resilience-summary.txt}) and then asserts.
 */
final class DeliveryCheck {

    /** The counts of one fault. {@code recovery}: from the fault's end until every accepted transfer was delivered. */
    record Result(String fault, int sent, int delivered, int duplicated, int lost, int stuck, int outOfOrder,
                  int resent, Duration recovery, String notes) {

        String line() {
            return "RESILIENCE %s: sent=%d delivered=%d duplicated=%d lost=%d stuck=%d out-of-order=%d resent=%d recovery=%.1fs %s"
                    .formatted(fault, sent, delivered, duplicated, lost, stuck, outOfOrder, resent,
                            recovery.toMillis() / 1000.0, notes);
        }

        /** Prints the summary line and appends it to {@code target/resilience-summary.txt}. */
        Result print() {
            System.out.println(line());
            append(line());
            return this;
        }

        void assertKept() {
            assertThat(duplicated).as(line()).isZero();
            assertThat(lost).as(line()).isZero();
            assertThat(stuck).as(line()).isZero();
            assertThat(outOfOrder).as(line()).isZero();
            assertThat(delivered).as(line()).isEqualTo(sent);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Function<String, String> apiKeys;
    /** A live node's API port for a council (the hub that serves it; any of its nodes). */
    private final Function<String, Integer> nodeFor;
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

    DeliveryCheck(Function<String, String> apiKeys, Function<String, Integer> nodeFor) {
        this.apiKeys = apiKeys;
        this.nodeFor = nodeFor;
    }

    /**
     * Waits until the first {@code counts.get(flow)} transfers of each flow (those accepted before a fault) are
     * delivered with a verified receipt, and returns how long that took; fails after {@code bound}.
     */
    Duration awaitDelivered(Map<TransferFlow, Integer> counts, Duration bound) {
        Instant start = Instant.now();
        try {
            await("transfers accepted before the fault delivered").atMost(bound).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions().until(() -> undelivered(counts).isEmpty());
        } catch (ConditionTimeoutException late) {
            throw new AssertionError("not delivered " + bound.toSeconds() + " s after the fault: "
                    + undelivered(counts), late);
        }
        return Duration.between(start, Instant.now());
    }

    /** The transfers among the first {@code counts} of each flow not yet delivered, with their ledger status. */
    private List<String> undelivered(Map<TransferFlow, Integer> counts) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<TransferFlow, Integer> e : counts.entrySet()) {
            for (TransferFlow.Accepted a : e.getKey().accepted().subList(0, e.getValue())) {
                if (!isDelivered(e.getKey(), a)) {
                    missing.add(e.getKey().from + "->" + e.getKey().to + " #" + a.seq() + " " + a.transferId() + " "
                            + ledgerStatus(e.getKey(), a));
                }
            }
        }
        return missing;
    }

    /**
     * The full check of a fault, once its traffic has stopped: waits up to {@code bound} for everything accepted to
     * be delivered (from {@code faultOver}), counts, prints the summary line and returns it (the caller asserts).
     */
    Result check(String fault, List<TransferFlow> flows, Instant faultOver, Duration bound, String notes) {
        Map<TransferFlow, Integer> all = new HashMap<>();
        flows.forEach(flow -> all.put(flow, flow.accepted().size()));
        try {
            awaitDelivered(all, bound);
        } catch (AssertionError stuckOrLost) {
            System.out.println(stuckOrLost.getMessage());
        }
        Duration recovery = Duration.between(faultOver, Instant.now());
        int sent = 0;
        int delivered = 0;
        int duplicated = 0;
        int lost = 0;
        int stuck = 0;
        int outOfOrder = 0;
        int resent = 0;
        for (TransferFlow flow : flows) {
            List<TransferFlow.Accepted> accepted = flow.accepted();
            Map<String, List<JsonNode>> inboxByPlan = new HashMap<>();
            for (JsonNode item : get(flow.to, "/api/v1/councils/" + flow.to + "/inbox")) {
                if (item.get("fromCouncil").asText().equals(flow.from)) {
                    inboxByPlan.computeIfAbsent(item.get("planId").asText(), k -> new ArrayList<>()).add(item);
                }
            }
            Instant previous = Instant.MIN;
            for (TransferFlow.Accepted a : accepted) {
                sent++;
                resent += a.resent() ? 1 : 0;
                List<JsonNode> items = inboxByPlan.getOrDefault(a.planId(), List.of());
                boolean inboxOnce = items.size() == 1 && items.get(0).get("transferId").asText().equals(a.transferId());
                duplicated += Math.max(0, items.size() - 1);
                if (items.isEmpty()) {
                    lost++;
                }
                String status = ledgerStatus(flow, a);
                if (status.equals("REQUESTED") || status.equals("SENT")) {
                    stuck++;
                }
                if (inboxOnce && isDelivered(flow, a)) {
                    delivered++;
                }
                if (!items.isEmpty()) {
                    Instant receivedAt = Instant.parse(items.get(0).get("receivedAt").asText());
                    if (receivedAt.isBefore(previous)) {
                        outOfOrder++;
                    }
                    previous = receivedAt.isAfter(previous) ? receivedAt : previous;
                }
            }
        }
        Result result = new Result(fault, sent, delivered, duplicated, lost, stuck, outOfOrder, resent, recovery,
                notes);
        return result.print();
    }

    private boolean isDelivered(TransferFlow flow, TransferFlow.Accepted a) {
        if (confirmed.contains(a.transferId())) {
            return true;
        }
        JsonNode transfer = get(flow.from, "/api/v1/transfers/" + a.transferId());
        boolean delivered = transfer.get("status").asText().equals("DELIVERED");
        boolean receipt = false;
        for (JsonNode event : transfer.get("history")) {
            receipt |= event.get("status").asText().equals("DELIVERED")
                    && event.get("detail").asText().startsWith("signed receipt from " + flow.to);
        }
        if (delivered && receipt) {
            confirmed.add(a.transferId());
        }
        return delivered && receipt;
    }

    private String ledgerStatus(TransferFlow flow, TransferFlow.Accepted a) {
        return get(flow.from, "/api/v1/transfers/" + a.transferId()).get("status").asText();
    }

    private JsonNode get(String council, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + nodeFor.apply(council) + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + apiKeys.apply(council))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
            return Plans.parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void append(String line) {
        try {
            Files.writeString(Path.of("target", "resilience-summary.txt"), Instant.now() + " " + line + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // The line is on standard output as well.
        }
    }
}
