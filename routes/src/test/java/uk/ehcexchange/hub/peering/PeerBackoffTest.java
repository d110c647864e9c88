package uk.ehcexchange.hub.peering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeerBackoffTest {

    private Instant now = Instant.parse("2026-11-23T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final PeerBackoff backoff = new PeerBackoff(Duration.ofSeconds(2), Duration.ofSeconds(10), clock);

    @Test
    void aHealthyPeerIsAlwaysDue() {
        assertThat(backoff.due("B")).isTrue();
    }

    @Test
    void eachFailureDoublesTheWaitUpToTheCeiling() {
        assertThat(waitsAfterFailures(5)).containsExactly(2L, 4L, 8L, 10L, 10L);
    }

    @Test
    void oneSuccessResetsTheWait() {
        waitsAfterFailures(3);
        backoff.succeeded("B");
        backoff.failed("B");

        assertThat(secondsUntilDue()).isEqualTo(2);
    }

    @Test
    void peersBackOffIndependently() {
        backoff.failed("B");

        assertThat(backoff.due("B")).isFalse();
        assertThat(backoff.due("C")).isTrue();
    }

    private Long[] waitsAfterFailures(int failures) {
        Long[] waits = new Long[failures];
        for (int i = 0; i < failures; i++) {
            backoff.failed("B");
            waits[i] = secondsUntilDue();
        }
        return waits;
    }

    /** Moves the clock on a second at a time until the peer is due, and says how far it moved. */
    private long secondsUntilDue() {
        long seconds = 0;
        while (!backoff.due("B")) {
            now = now.plusSeconds(1);
            seconds++;
        }
        return seconds;
    }
}
