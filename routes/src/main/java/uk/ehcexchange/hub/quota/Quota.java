package uk.ehcexchange.hub.quota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The two quotas a client has, each counted in its own calendar window. */
public enum Quota {
    /** Requests in a minute. */
    REQUESTS("requests-per-minute"),
    /** Bytes of request bodies in an English day. */
    BYTES("bytes-per-day");

    private final String setting;

    Quota(String setting) {
        this.setting = setting;
    }

    /** The setting's name under ehc.quotas, which is also the field a refusal names. */
    public String setting() {
        return setting;
    }

    String measure() {
        return name().toLowerCase();
    }

    public Instant windowStart(Instant now, ZoneId zone) {
        return this == REQUESTS ? now.truncatedTo(ChronoUnit.MINUTES)
                : LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    }

    Instant windowEnd(Instant now, ZoneId zone) {
        return this == REQUESTS ? windowStart(now, zone).plus(1, ChronoUnit.MINUTES)
                : LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whole seconds until the window ends, at least 1: what Retry-After says. */
    public long secondsLeft(Instant now, ZoneId zone) {
        long millis = windowEnd(now, zone).toEpochMilli() - now.toEpochMilli();
        return Math.max(1, (millis + 999) / 1000);
    }
}
