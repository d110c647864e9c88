package uk.ehcexchange.hub.timeliness;

/**
 * Duties done in a period: on time or late, and how many of each had an exception the regulations allow recorded
 * (the due date never moves; an exception only explains a late date).
 */
public record Tally(long onTime, long late, long onTimeWithException, long lateWithException) {

    public static final Tally NONE = new Tally(0, 0, 0, 0);

    public static Tally of(long onTime, long late) {
        return new Tally(onTime, late, 0, 0);
    }

    public long total() {
        return onTime + late;
    }

    /** The figure DfE publishes "excluding exceptions": the cases with an exception taken out of both counts. */
    public Tally withoutExceptions() {
        return new Tally(onTime - onTimeWithException, late - lateWithException, 0, 0);
    }

    public long withException() {
        return onTimeWithException + lateWithException;
    }

    /** Whole-number percentage on time (half up), or null when nothing was done in the period. */
    public Integer percentOnTime() {
        return total() == 0 ? null : (int) Math.round(100.0 * onTime / total());
    }

    public Tally plus(Tally other) {
        return new Tally(onTime + other.onTime, late + other.late, onTimeWithException + other.onTimeWithException,
                lateWithException + other.lateWithException);
    }
}
