package uk.ehcexchange.conformance;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * One council's case-management system transferring plans to one other council, one after another, as a real
 * system would: submit a fresh final plan (PUT, with an Idempotency-Key), then start its transfer (POST, with another
 * key). Whatever happens to the hub, the system resends each request with the same key until it gets a 2xx — a reset
 * connection, a timeout, a 5xx — to whichever hub node it reaches (any node answers any call). So every transfer it
 * counts as accepted got a 2xx, and every answer lost on the way was resent.
 *
 * <p>The order in which it accepted its transfers is the order the receiving council must see them in.
 */
final class TransferFlow {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** A transfer the hub answered 2xx for; {@code resent} when an answer to one of its requests was lost. */
    record Accepted(int seq, String planId, String transferId, boolean resent) {
    }

    final String from;
    final String to;
    private final String apiKey;
    private final Supplier<List<Integer>> nodes;
    private final Duration requestTimeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private final Map<String, AtomicInteger> failedAnswers = new ConcurrentHashMap<>();
    private final Map<String, String> failedAnswerSamples = new ConcurrentHashMap<>();
    private final AtomicLong turn = new AtomicLong();
    private volatile Duration pace = Duration.ofSeconds(1);

    /**
     * @param nodes the API ports of the hub nodes that serve {@code from}, asked afresh for every request (nodes come
     *              and go); requests go to them in turn
     */
    TransferFlow(String from, String to, String apiKey, Supplier<List<Integer>> nodes, Duration requestTimeout) {
        this.from = from;
        this.to = to;
        this.apiKey = apiKey;
        this.nodes = nodes;
        this.requestTimeout = requestTimeout;
    }

    /** Sends transfers one after another until {@code stop} is set; the one under way is finished first. */
    Void runUntil(AtomicBoolean stop) {
        while (!stop.get()) {
            Instant next = Instant.now().plus(pace);
            sendOne();
            // At most one transfer per pace: a system no faster than the hub delivers on a shared two-core machine,
            // so that what is waiting after a fault is a backlog the hub can clear, not one that grows for ever.
            if (Instant.now().isBefore(next)) {
                await().pollDelay(Duration.between(Instant.now(), next)).atMost(pace.plusSeconds(1))
                        .until(() -> true);
            }
        }
        return null;
    }

    /** The shortest time between the starts of two transfers (a second unless told). */
    TransferFlow pace(Duration pace) {
        this.pace = pace;
        return this;
    }

    /** Submits a fresh plan and transfers it; returns once both were answered 2xx, however many tries it took. */
    Accepted sendOne() {
        String planId = Plans.freshId();
        int lostBefore = lostAnswers.get();
        String plan = Plans.golden(planId).put("owningCouncil", from).toString();
        untilAnswered("PUT plan " + planId, port -> request(port, "/api/v1/plans/" + planId, "plan-" + planId)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(plan)).build());
        LocalDate today = LocalDate.now(ENGLAND);
        String start = """
                {"planId": "%s", "fromCouncil": "%s", "toCouncil": "%s", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, from, to, today, today.minusDays(40));
        HttpResponse<String> started = untilAnswered("POST transfer of " + planId, port -> request(port,
                "/api/v1/transfers", "move-" + planId).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(start)).build());
        String transferId = Plans.parse(started.body()).get("transferId").asText();
        Accepted done = new Accepted(accepted.size(), planId, transferId, lostAnswers.get() > lostBefore);
        accepted.add(done);
        return done;
    }

    private HttpResponse<String> untilAnswered(String what, IntFunction<HttpRequest> request) {
        HttpResponse<String>[] answer = new HttpResponse[1];
        await(what).atMost(Duration.ofMinutes(3)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .pollInSameThread().until(() -> {
                    List<Integer> up = nodes.get();
                    if (up.isEmpty()) {
                        return false;
                    }
                    int port = up.get((int) (turn.getAndIncrement() % up.size()));
                    try {
                        HttpResponse<String> response = http.send(request.apply(port),
                                HttpResponse.BodyHandlers.ofString());
                        int status = response.statusCode();
                        if (status / 100 == 2) {
                            answer[0] = response;
                            return true;
                        }
                        if (status >= 500 || status == 409 || status == 429) {
                            String kind = status + " " + response.headers().firstValue("Content-Type").orElse("-");
                            failedAnswers.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                            failedAnswerSamples.putIfAbsent(kind, abbreviate(response.body()));
                            return false;
                        }
                        throw new AssertionError(what + " refused with " + status + ": " + response.body());
                    } catch (java.net.ConnectException nobodyThere) {
                        // Nothing was sent, so no answer was lost: a node that is down, or not up yet.
                        failedAnswers.computeIfAbsent("connection refused", k -> new AtomicInteger()).incrementAndGet();
                        return false;
                    } catch (IOException cutOff) {
                        // The answer, if the hub gave one, never arrived: resend with the same key.
                        lostAnswers.incrementAndGet();
                        failedAnswers.computeIfAbsent(cutOff.getClass().getSimpleName(), k -> new AtomicInteger())
                                .incrementAndGet();
                        return false;
                    }
                });
        return answer[0];
    }

    private HttpRequest.Builder request(int port, String path, String idempotencyKey) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(requestTimeout)
                .header("Authorization", "Bearer " + apiKey).header("Idempotency-Key", idempotencyKey);
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    int lostAnswers() {
        return lostAnswers.get();
    }

    /** Answers that were not 2xx (by status and content type) or no answer at all (by exception), and how many. */
    Map<String, Integer> failedAnswers() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        failedAnswers.forEach((kind, n) -> counts.put(kind, n.get()));
        return counts;
    }

    /** The first body seen for each kind of failed answer, cut short: what a council system was told. */
    Map<String, String> failedAnswerSamples() {
        return Map.copyOf(failedAnswerSamples);
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
