package uk.ehcexchange.hub.peering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When to try an unreachable peer again: the first retry after one interval, each further failure doubling the
 * wait up to a ceiling, so a peer that is down for a day is not called every few seconds all day, yet a short
 * outage costs no more than the interval. One success resets it.
 */
final class PeerBackoff {

    private record Failing(int failures, Instant nextAttempt) {
    }

    private final Duration first;
    private final Duration ceiling;
    private final Clock clock;
    private final Map<String, Failing> failing = new HashMap<>();

    PeerBackoff(Duration first, Duration ceiling, Clock clock) {
        this.first = first;
        this.ceiling = ceiling;
        this.clock = clock;
    }

    synchronized boolean due(String peer) {
        Failing state = failing.get(peer);
        return state == null || !clock.instant().isBefore(state.nextAttempt());
    }

    synchronized void failed(String peer) {
        int failures = failing.containsKey(peer) ? failing.get(peer).failures() + 1 : 1;
        Duration wait = first.multipliedBy(1L << Math.min(failures - 1, 30));
        if (wait.compareTo(ceiling) > 0 || wait.isNegative()) {
            wait = ceiling;
        }
        failing.put(peer, new Failing(failures, clock.instant().plus(wait)));
    }

    synchronized void succeeded(String peer) {
        failing.remove(peer);
    }
}
