package uk.ehcexchange.hub.journey;

/**
 * Where a clock stands. MET and LATE are set only by the hub, from the date of the event that closed the clock;
 * "overdue" is not a status but read-time arithmetic on an OPEN clock, so it never goes stale.
 */
public enum ClockStatus {
    OPEN, MET, LATE, NOT_NEEDED
}
