package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.hub.delivery.Delivery;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.DeliveryStatus;
import uk.ehcexchange.hub.delivery.Outbox;

/**
 * Issue 13's resilience suite, an ICB's FHIR server in trouble: Hertfordshire submits final plans while its ICB's
 * server first answers every POST with 500, then holds every POST without an answer (the hub gives up on each
 * after {@code ehc.fhir.icb-delivery.timeout}, 5 s here), then recovers. The hub retries with back-off, holding the
 * later plans behind the first (order per destination), and when the server is back the ICB receives every plan
 * exactly once — one Bundle per plan, whose identifier names the delivery — in the order they were submitted.
 */
class IcbOutageResilienceTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void finalPlansReachAnIcbThatFailedThenHungOnceEachAndInOrderWhenItRecovers() {
        IcbFhirServer icb = hub.icb();
        int arrivalsBefore = icb.arrivals().size();
        List<String> plans = new ArrayList<>();
        icb.outage(IcbFhirServer.Outage.FAILING);
        Instant recovered;
        try {
            submit(plans, 4);
            await("three POSTs answered 500").atMost(Duration.ofSeconds(60))
                    .until(() -> arrivals(icb, arrivalsBefore, IcbFhirServer.Outage.FAILING) >= 3);
            icb.outage(IcbFhirServer.Outage.HANGING);
            submit(plans, 4);
            await("two POSTs held past the hub's timeout").atMost(Duration.ofSeconds(90))
                    .until(() -> arrivals(icb, arrivalsBefore, IcbFhirServer.Outage.HANGING) >= 2);
        } finally {
            icb.recover();
            recovered = Instant.now();
        }
        try {
            await("every plan at the ICB").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> receivedByPlan(icb).keySet().containsAll(plans));
        } catch (org.awaitility.core.ConditionTimeoutException countedBelow) {
            // Counted below.
        }
        Duration recovery = Duration.between(recovered, Instant.now());

        Map<String, List<String>> received = receivedByPlan(icb);
        List<String> firstSeen = received.keySet().stream().filter(plans::contains).toList();
        int delivered = 0;
        int duplicated = 0;
        int lost = 0;
        int stuck = 0;
        int maxAttempts = 0;
        for (String planId : plans) {
            List<String> bundles = received.getOrDefault(planId, List.of());
            delivered += bundles.size() == 1 ? 1 : 0;
            duplicated += Math.max(0, bundles.size() - 1);
            lost += bundles.isEmpty() ? 1 : 0;
            Delivery delivery = icbDelivery(planId);
            stuck += delivery.status() == DeliveryStatus.PENDING ? 1 : 0;
            maxAttempts = Math.max(maxAttempts, delivery.attempts());
        }
        int outOfOrder = firstSeen.equals(plans) ? 0 : 1;
        DeliveryCheck.Result result = new DeliveryCheck.Result("ICB FHIR server answering 500, then hanging",
                plans.size(), delivered, duplicated, lost, stuck, outOfOrder, 0, recovery,
                "POSTs that reached the failing/hanging server: "
                        + arrivals(icb, arrivalsBefore, IcbFhirServer.Outage.FAILING) + "/"
                        + arrivals(icb, arrivalsBefore, IcbFhirServer.Outage.HANGING)
                        + "; attempts of the first plan " + maxAttempts + " at "
                        + gaps(icb, arrivalsBefore, plans.get(0)) + " (back-off)").print();
        result.assertKept();
        assertThat(maxAttempts).as("retried, not given up").isGreaterThan(3);
    }

    private void submit(List<String> plans, int count) {
        for (int i = 0; i < count; i++) {
            String planId = Plans.freshId();
            assertThat(hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(),
                    "icb-outage-" + planId).statusCode()).isEqualTo(201);
            plans.add(planId);
        }
    }

    private static long arrivals(IcbFhirServer icb, int since, IcbFhirServer.Outage outage) {
        List<IcbFhirServer.Arrival> all = icb.arrivals();
        return all.subList(since, all.size()).stream().filter(a -> a.outage() == outage).count();
    }

    /** The seconds between successive POSTs of one plan: the back-off as the ICB saw it. */
    private static String gaps(IcbFhirServer icb, int since, String planId) {
        List<IcbFhirServer.Arrival> all = icb.arrivals();
        List<Instant> times = all.subList(since, all.size()).stream().filter(a -> planId.equals(a.planId()))
                .map(IcbFhirServer.Arrival::at).toList();
        List<String> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(ResilienceRuns.seconds(Duration.between(times.get(i - 1), times.get(i))));
        }
        return "intervals " + gaps;
    }

    /** The identifiers of the Bundles the ICB accepted, by plan, plans in the order first accepted. */
    private static Map<String, List<String>> receivedByPlan(IcbFhirServer icb) {
        Map<String, List<String>> byPlan = new LinkedHashMap<>();
        for (Bundle bundle : icb.received()) {
            if (bundle.getEntryFirstRep().getResource() instanceof Composition composition) {
                byPlan.computeIfAbsent(composition.getIdentifier().getValue(), k -> new ArrayList<>())
                        .add(bundle.getIdentifier().getValue());
            }
        }
        return byPlan;
    }

    /** Read from the outbox only to report attempts and whether anything is left pending; the ICB's view decides. */
    private Delivery icbDelivery(String planId) {
        return hub.bean(Outbox.class).forReference(planId).stream().filter(d -> d.kind() == DeliveryKind.ICB_PLAN)
                .findFirst().orElseThrow();
    }
}
