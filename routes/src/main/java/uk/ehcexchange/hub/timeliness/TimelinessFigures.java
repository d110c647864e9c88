package uk.ehcexchange.hub.timeliness;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.hub.timeliness.Figures.CouncilFigures;
import uk.ehcexchange.hub.timeliness.Figures.CouncilTally;
import uk.ehcexchange.hub.timeliness.Figures.DueClock;
import uk.ehcexchange.hub.timeliness.Figures.DueCount;
import uk.ehcexchange.hub.timeliness.Figures.HealthFigures;
import uk.ehcexchange.hub.timeliness.Figures.MonthTally;
import uk.ehcexchange.hub.timeliness.Figures.OperatorFigures;
import uk.ehcexchange.hub.timeliness.Figures.PartnerTally;
import uk.ehcexchange.hub.timeliness.Figures.Trend;
import uk.ehcexchange.hub.timeliness.Figures.Window;
import uk.ehcexchange.hub.timeliness.TimelinessQueries.ClockCount;
import uk.ehcexchange.hub.timeliness.TimelinessQueries.OpenCount;
import uk.ehcexchange.hub.timeliness.TimelinessQueries.TransferCount;
import uk.ehcexchange.statutory.WorkingDayCalendar;

/**
 * Timeliness from the hub's own records: for a council, a health body or the operator, how many statutory duties
 * were done on time in the last twelve months, month by month, and what falls due in the next ten working days.
 * Every figure is computed by the database from the clocks the journey keeps (docs/dashboard.md says which clock
 * each counts); nothing is typed in. Only {@link #council} names children, and only the council's own.
 */
@Service
public class TimelinessFigures {

    /** The due list looks this many working days ahead of today (bank holidays excluded). */
    public static final int DUE_WITHIN_WORKING_DAYS = 10;
    /** The most rows a due list shows; the counts beside it are always whole. */
    public static final int DUE_LIST_LIMIT = 500;

    private final TimelinessQueries queries;
    private final WorkingDayCalendar calendar;

    public TimelinessFigures(TimelinessQueries queries, WorkingDayCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    /** The window of figures for {@code today}: twelve calendar months to today, due list ten working days on. */
    public Window window(LocalDate today) {
        LocalDate from = YearMonth.from(today).minusMonths(11).atDay(1);
        return new Window(today, from, calendar.nthWorkingDayBeginningWith(today.plusDays(1), DUE_WITHIN_WORKING_DAYS));
    }

    /** A council's own figures, its due list with its children's names. */
    @Transactional(readOnly = true)
    public CouncilFigures council(String council, LocalDate today) {
        Window window = window(today);
        List<ClockCount> closed = queries.closedClocks(council, window.from(), today);
        List<Trend> trends = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            trends.add(switch (measure) {
                case TRANSFER_OUT -> transferTrend(measure, window, queries.transfersOut(council, window.from(), today));
                case TRANSFER_IN -> transferTrend(measure, window, queries.transfersIn(council, window.from(), today));
                default -> clockTrend(measure, window, closed);
            });
        }
        List<OpenCount> open = queries.openCounts(council, today, window.dueUntil());
        List<DueClock> due = queries.dueClocksWithNames(council, today, window.dueUntil(), DUE_LIST_LIMIT + 1);
        return new CouncilFigures(council, window, trends, adviceByPartner(council, window),
                dueBy(open, c -> c.kind().name()), dueBy(open, c -> party(c.waitingOn())),
                due.stream().limit(DUE_LIST_LIMIT).toList(), due.size() > DUE_LIST_LIMIT);
    }

    /** An ICB's or trust's own advice timeliness and what waits on it; no child's name. */
    @Transactional(readOnly = true)
    public HealthFigures health(String party, LocalDate today) {
        Window window = window(today);
        List<ClockCount> advice = queries.adviceOfParty(party, window.from(), today);
        Map<String, Tally> byCouncil = new TreeMap<>();
        for (ClockCount c : advice) {
            byCouncil.merge(c.council(), tally(c), Tally::plus);
        }
        List<OpenCount> open = queries.openCountsOfParty(party, today, window.dueUntil());
        List<DueClock> waiting = queries.dueClocksOfParty(party, today, window.dueUntil(), DUE_LIST_LIMIT + 1);
        return new HealthFigures(party, window, clockTrend(Measure.ADVICE, window, advice),
                byCouncil.entrySet().stream().map(e -> new CouncilTally(e.getKey(), Measure.ADVICE, e.getValue()))
                        .toList(),
                dueBy(open, c -> c.kind().name()), waiting.stream().limit(DUE_LIST_LIMIT).toList(),
                waiting.size() > DUE_LIST_LIMIT);
    }

    /** Every council's figures and the hub's trends, unsuppressed: the page and CSV suppress small numbers. */
    @Transactional(readOnly = true)
    public OperatorFigures operator(LocalDate today) {
        Window window = window(today);
        List<ClockCount> closed = queries.closedClocks(null, window.from(), today);
        List<TransferCount> out = queries.transfersOut(null, window.from(), today);
        List<TransferCount> in = queries.transfersIn(null, window.from(), today);
        Map<String, Map<Measure, Tally>> perCouncil = new TreeMap<>();
        for (ClockCount c : closed) {
            Measure measure = Measure.ofClock(c.kind());
            if (measure != null) {
                add(perCouncil, c.council(), measure, tally(c));
            }
        }
        out.forEach(t -> add(perCouncil, t.council(), Measure.TRANSFER_OUT, tally(t)));
        in.forEach(t -> add(perCouncil, t.council(), Measure.TRANSFER_IN, tally(t)));
        List<CouncilTally> councils = new ArrayList<>();
        perCouncil.forEach((council, measures) -> measures.forEach(
                (measure, tally) -> councils.add(new CouncilTally(council, measure, tally))));
        List<Trend> trends = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            trends.add(switch (measure) {
                case TRANSFER_OUT -> transferTrend(measure, window, out);
                case TRANSFER_IN -> transferTrend(measure, window, in);
                default -> clockTrend(measure, window, closed);
            });
        }
        return new OperatorFigures(window, councils, trends);
    }

    private static void add(Map<String, Map<Measure, Tally>> perCouncil, String council, Measure measure, Tally t) {
        perCouncil.computeIfAbsent(council, c -> new EnumMap<>(Measure.class)).merge(measure, t, Tally::plus);
    }

    private List<PartnerTally> adviceByPartner(String council, Window window) {
        Map<WaitingOn, Tally> byPartner = new LinkedHashMap<>();
        for (ClockCount c : queries.adviceByPartner(council, window.from(), window.today())) {
            byPartner.merge(c.waitingOn(), tally(c), Tally::plus);
        }
        return byPartner.entrySet().stream()
                .map(e -> new PartnerTally(e.getKey().role(), e.getKey().code(), e.getValue()))
                .sorted(Comparator.comparing((PartnerTally p) -> p.role().name())
                        .thenComparing(p -> p.code() == null ? "" : p.code()))
                .toList();
    }

    private static Trend clockTrend(Measure measure, Window window, List<ClockCount> closed) {
        Map<YearMonth, Tally> months = new TreeMap<>();
        for (ClockCount c : closed) {
            if (c.kind() == measure.clock()) {
                months.merge(c.month(), tally(c), Tally::plus);
            }
        }
        return trend(measure, window, months);
    }

    private static Trend transferTrend(Measure measure, Window window, List<TransferCount> transfers) {
        Map<YearMonth, Tally> months = new TreeMap<>();
        transfers.forEach(t -> months.merge(t.month(), tally(t), Tally::plus));
        return trend(measure, window, months);
    }

    private static Trend trend(Measure measure, Window window, Map<YearMonth, Tally> months) {
        return new Trend(measure, window.months().stream()
                .map(m -> new MonthTally(m, months.getOrDefault(m, Tally.NONE))).toList());
    }

    private static Tally tally(ClockCount c) {
        long n = c.count();
        return c.onTime() ? new Tally(n, 0, c.excepted() ? n : 0, 0) : new Tally(0, n, 0, c.excepted() ? n : 0);
    }

    private static Tally tally(TransferCount t) {
        return t.onTime() ? Tally.of(t.count(), 0) : Tally.of(0, t.count());
    }

    private static List<DueCount> dueBy(List<OpenCount> open, Function<OpenCount, String> label) {
        Map<String, long[]> counts = new TreeMap<>();
        for (OpenCount c : open) {
            counts.computeIfAbsent(label.apply(c), k -> new long[2])[c.overdue() ? 0 : 1] += c.count();
        }
        return counts.entrySet().stream().map(e -> new DueCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** A party as a label: its role and, when known, its authority code ("HEALTH RY4"). */
    public static String party(WaitingOn waitingOn) {
        return waitingOn.code() == null ? waitingOn.role().name() : waitingOn.role().name() + " " + waitingOn.code();
    }
}
