package uk.ehcexchange.hub.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait after a failed attempt: the first wait, doubled with each further failure up to a ceiling, each
 * wait spread by up to a fifth either way so that deliveries that failed together (a peer went down) do not all
 * come back at the same instant.
 */
final class Backoff {

    private final Duration first;
    private final Duration ceiling;

    Backoff(Duration first, Duration ceiling) {
        this.first = first;
        this.ceiling = ceiling;
    }

    /** The wait after the {@code failures}-th failed attempt in a row (1 for the first). */
    Duration after(int failures) {
        long millis = first.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
        long capped = millis <= 0 || millis > ceiling.toMillis() ? ceiling.toMillis() : millis;
        double spread = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.min(ceiling.toMillis(), Math.round(capped * spread)));
    }
}
