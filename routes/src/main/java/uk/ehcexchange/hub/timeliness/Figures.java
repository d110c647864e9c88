package uk.ehcexchange.hub.timeliness;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.WaitingOn;

/** The shapes of the dashboard's figures, for any reader: the pages, their CSV and the Prometheus metrics. */
public final class Figures {

    private Figures() {
    }

    /**
     * The period the figures cover: duties done from {@code from} (the first day of the month eleven months
     * before today's) to {@code today}, so twelve calendar months with the current one so far; and the due list's
     * window, today to {@code dueUntil}, the tenth working day after today.
     */
    public record Window(LocalDate today, LocalDate from, LocalDate dueUntil) {

        public List<YearMonth> months() {
            YearMonth first = YearMonth.from(from);
            return java.util.stream.IntStream.range(0, 12).mapToObj(first::plusMonths).toList();
        }
    }

    public record MonthTally(YearMonth month, Tally tally) {
    }

    /** One measure month by month over the window, oldest first, with every month present (zero when none). */
    public record Trend(Measure measure, List<MonthTally> months) {

        public Tally total() {
            return months.stream().map(MonthTally::tally).reduce(Tally.NONE, Tally::plus);
        }
    }

    /** Advice (reg 8) by the organisation asked. */
    public record PartnerTally(WaitingOn.Role role, String code, Tally tally) {
    }

    /** One council's figure for one measure over the window (the operator's view). */
    public record CouncilTally(String council, Measure measure, Tally tally) {
    }

    /**
     * An open clock due in the window or overdue.
     *
     * @param childName the child's name: only in a council's own view of its own children, null elsewhere
     */
    public record DueClock(String caseId, String council, String childName, ClockKind kind, String ref,
                           LocalDate due, WaitingOn waitingOn, boolean overdue) {
    }

    /** How many open clocks of one kind, or waiting on one party, are overdue and due in the window. */
    public record DueCount(String label, long overdue, long dueSoon) {

        public long total() {
            return overdue + dueSoon;
        }
    }

    /** A council's own view. {@code dueTruncated}: more clocks are due than the list shows (the counts are whole). */
    public record CouncilFigures(String council, Window window, List<Trend> trends,
                                 List<PartnerTally> adviceByPartner, List<DueCount> dueByKind,
                                 List<DueCount> dueByParty, List<DueClock> due, boolean dueTruncated) {

        public Trend trend(Measure measure) {
            return trends.stream().filter(t -> t.measure() == measure).findFirst().orElseThrow();
        }
    }

    /** An ICB's or trust's view: its own advice timeliness (reg 8) and what waits on it. No child's name. */
    public record HealthFigures(String party, Window window, Trend advice, List<CouncilTally> adviceByCouncil,
                                List<DueCount> waitingByKind, List<DueClock> waiting, boolean waitingTruncated) {
    }

    /** The operator's view: each council's figures and the hub's month by month, to be shown suppressed. */
    public record OperatorFigures(Window window, List<CouncilTally> councils, List<Trend> trends) {
    }
}
