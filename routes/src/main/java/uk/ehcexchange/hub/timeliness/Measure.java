package uk.ehcexchange.hub.timeliness;

import uk.ehcexchange.hub.journey.ClockKind;

/**
 * What the dashboard measures: each a statutory duty that was either met on time or late. Most are read from the
 * journey's clocks (met or late, by the day the hub saw the duty done); the reg 15 transfers from the transfer
 * ledger and its recorded deadlines. The slug names the figure in page ids, CSV file names and metric labels.
 */
public enum Measure {
    FAMILY_TOLD("Families told within 6 weeks whether the council will assess", "family-told",
            ClockKind.DECIDE_WHETHER_TO_ASSESS),
    FINAL_PLAN("Final plans issued within 20 weeks", "final-plan", ClockKind.FINAL_PLAN),
    ADVICE("Advice given within 6 weeks", "advice", ClockKind.ADVICE),
    ANNUAL_REVIEW("Annual reviews on time", "annual-review", ClockKind.ANNUAL_REVIEW),
    PHASE_TRANSFER("Phase transfers reviewed on time", "phase-transfer", ClockKind.PHASE_TRANSFER),
    TRANSFER_OUT("Plans transferred out on time (reg 15)", "transfer-out", null),
    TRANSFER_IN("Plans transferred in on time (reg 15)", "transfer-in", null);

    private final String title;
    private final String slug;
    private final ClockKind clock;

    Measure(String title, String slug, ClockKind clock) {
        this.title = title;
        this.slug = slug;
        this.clock = clock;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }

    /** The clock the measure counts; null for the transfers, which the ledger counts. */
    public ClockKind clock() {
        return clock;
    }

    static Measure ofClock(ClockKind kind) {
        for (Measure m : values()) {
            if (m.clock == kind) {
                return m;
            }
        }
        return null;
    }
}
