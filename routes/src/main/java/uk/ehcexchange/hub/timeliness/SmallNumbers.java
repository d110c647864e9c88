package uk.ehcexchange.hub.timeliness;

/**
 * The operator's view across councils suppresses small numbers, as DfE publishes SEN2: a count from 1 to 4 is shown
 * as {@code x}. Zero is shown (it discloses no child). Because on time + late = total and the total is shown, the
 * other count of a pair is suppressed with it (else it gives the first away), and so is the percentage (else it
 * gives both away with the total). A total of 1 to 4 suppresses everything in its row.
 */
public final class SmallNumbers {

    /** Counts below this (and above zero) are shown as {@link #SUPPRESSED}. */
    public static final int THRESHOLD = 5;
    public static final String SUPPRESSED = "x";

    private SmallNumbers() {
    }

    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** A tally as published: every field a string, suppressed where it would disclose a small number. */
    public static Shown show(Tally tally) {
        boolean pair = small(tally.onTime()) || small(tally.late()) || small(tally.total());
        String total = small(tally.total()) ? SUPPRESSED : Long.toString(tally.total());
        if (pair) {
            return new Shown(SUPPRESSED, SUPPRESSED, total, SUPPRESSED, true);
        }
        Integer percent = tally.percentOnTime();
        return new Shown(Long.toString(tally.onTime()), Long.toString(tally.late()), total,
                percent == null ? "" : percent.toString(), false);
    }

    /** A single count as published. */
    public static String show(long count) {
        return small(count) ? SUPPRESSED : Long.toString(count);
    }

    /** @param percentOnTime empty when nothing was done; {@code x} when suppressed */
    public record Shown(String onTime, String late, String total, String percentOnTime, boolean suppressed) {
    }
}
