package uk.ehcexchange.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's resilience suite, a peer hub offline: hub A serves Hertfordshire (919), hub B serves Luton (821), each
 * a process on its embedded defaults, peered over mutual TLS. The two councils transfer plans to each other without
 * pause; hub B is killed with SIGKILL and stays down while Hertfordshire goes on transferring to Luton (hub A keeps
 * the packages and retries with back-off, the later ones held behind the first), then B is started again on its
 * data. Every transfer answered 2xx is delivered to the other hub once, in order, with the receiving council's
 * verified signed receipt on the sender's ledger, and nothing is stuck.
 */
class PeerHubOfflineResilienceTest {

    static final Duration OFFLINE = Duration.ofSeconds(20);

    @Test
    void transfersToAPeerHubThatWasOfflineAreDeliveredOnceInOrderWhenItIsBack(@TempDir Path dir) throws Exception {
        ResilienceCouncils councils = new ResilienceCouncils(dir.resolve("keys"), List.of("919", "821"));
        Path keys = councils.keysFolder();
        TlsTestCertificates tls = new TlsTestCertificates();
        tls.writeCa(keys.resolve("tls-ca.pem"));
        int apiA = HubProcess.freePort();
        int apiB = HubProcess.freePort();
        int peerA = HubProcess.freePort();
        int peerB = HubProcess.freePort();
        List<String> hubA = new ArrayList<>(councils.hubSettings(List.of("919")));
        List<String> hubB = new ArrayList<>(councils.hubSettings(List.of("821")));
        peering(hubA, "hub-a", peerA, tls, keys);
        peering(hubB, "hub-b", peerB, tls, keys);
        hubA.addAll(List.of("--ehc.peers[0].name=hub-b", "--ehc.peers[0].url=https://localhost:" + peerB,
                "--ehc.peers[0].authorities[0]=821", "--ehc.peers[0].certificates[0]=" + councils.certificate("821")));
        hubB.addAll(List.of("--ehc.peers[0].name=hub-a", "--ehc.peers[0].url=https://localhost:" + peerA,
                "--ehc.peers[0].authorities[0]=919", "--ehc.peers[0].certificates[0]=" + councils.certificate("919")));
        Path dataA = Files.createDirectories(dir.resolve("a"));
        Path dataB = Files.createDirectories(dir.resolve("b"));

        Path logA = ResilienceRuns.logFile("PeerHubOfflineResilienceTest-hub-a");
        HubProcess a = new HubProcess(dataA, logA, apiA, hubA).launch();
        Path logB = ResilienceRuns.logFile("PeerHubOfflineResilienceTest-hub-b");
        AtomicReference<HubProcess> b = new AtomicReference<>(new HubProcess(dataB, logB, apiB, hubB).launch());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService systems = Executors.newFixedThreadPool(2);
        try {
            a.awaitReady();
            b.get().awaitReady();
            List<TransferFlow> flows = List.of(
                    new TransferFlow("919", "821", councils.apiKey("919"), () -> List.of(apiA), Duration.ofSeconds(20)),
                    new TransferFlow("821", "919", councils.apiKey("821"), () -> List.of(apiB), Duration.ofSeconds(20)));
            DeliveryCheck check = new DeliveryCheck(councils::apiKey, council -> council.equals("919") ? apiA : apiB);
            List<Future<Void>> running = flows.stream().map(flow -> systems.submit(() -> flow.runUntil(stop)))
                    .toList();
            ResilienceRuns.awaitMoreAccepted(flows, 20, Duration.ofMinutes(2));
            b.get().kill();
            Instant offline = Instant.now();
            int toLutonBefore = flows.get(0).accepted().size();
            ResilienceRuns.pass(OFFLINE);
            int toLutonWhileOffline = flows.get(0).accepted().size() - toLutonBefore;
            b.set(new HubProcess(dataB, logB, apiB, hubB).start());
            Instant back = Instant.now();
            ResilienceRuns.awaitMoreAccepted(flows, 10, Duration.ofMinutes(1));
            stop.set(true);
            for (Future<Void> flow : running) {
                flow.get();
            }
            DeliveryCheck.Result result = check.check("peer hub offline " + ResilienceRuns.seconds(
                            Duration.between(offline, back)) + " (killed, then restarted)", flows, back,
                    Duration.ofSeconds(120), "accepted for the offline peer meanwhile " + toLutonWhileOffline
                            + "; answers lost " + (flows.get(0).lostAnswers() + flows.get(1).lostAnswers())
                            + "; failed answers " + flows.get(1).failedAnswers()
                            + "; hub ERROR lines " + ResilienceRuns.errorLines(a.log(), b.get().log()).size());
            result.assertKept();
        } finally {
            stop.set(true);
            systems.shutdownNow();
            a.close();
            b.get().close();
        }
    }

    private static void peering(List<String> args, String hub, int port, TlsTestCertificates tls, Path keys)
            throws Exception {
        String password = uk.ehcexchange.hub.auth.ApiKeys.generate();
        tls.writeHubIdentity(hub, keys.resolve(hub + "-tls.p12"), password.toCharArray());
        args.addAll(List.of("--ehc.peering.port=" + port, "--ehc.peering.keystore=" + keys.resolve(hub + "-tls.p12"),
                "--ehc.peering.keystore-password=" + password, "--ehc.peering.trusted-cas=" + keys.resolve("tls-ca.pem")));
        args.addAll(ResilienceRuns.promptDelivery());
    }
}
