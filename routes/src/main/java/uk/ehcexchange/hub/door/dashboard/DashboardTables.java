package uk.ehcexchange.hub.door.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uk.ehcexchange.hub.journey.ClockKind;
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
import uk.ehcexchange.hub.timeliness.Measure;
import uk.ehcexchange.hub.timeliness.SmallNumbers;
import uk.ehcexchange.hub.timeliness.SmallNumbers.Shown;
import uk.ehcexchange.hub.timeliness.Tally;
import uk.ehcexchange.hub.timeliness.TimelinessFigures;

/**
 * Turns the figures into the sections and tables of each kind of home page. The same tables are what the CSV links
 * download. Only the council's page gets a table with children's names (its own, from its own figures); the health
 * and operator pages are built from figures that hold none.
 */
final class DashboardTables {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final String NONE = "none";
    private static final List<String> TALLY_HEADERS = List.of("On time", "Late", "Total", "On time (%)");
    private static final List<Boolean> NUMBERS = List.of(true, true, true, true);

    private DashboardTables() {
    }

    static List<Section> council(CouncilFigures f) {
        List<List<Table.Cell>> measures = new ArrayList<>();
        for (Trend trend : f.trends()) {
            Tally total = trend.total();
            if (trend.measure() == Measure.FINAL_PLAN) {
                measures.add(row(trend.measure().title() + " (all plans)", total));
                measures.add(row(trend.measure().title() + " (excluding plans with a lawful exception: "
                        + total.withException() + ")", total.withoutExceptions()));
            } else {
                measures.add(row(trend.measure().title(), total));
            }
        }
        List<List<Table.Cell>> partners = new ArrayList<>();
        for (PartnerTally p : f.adviceByPartner()) {
            List<Table.Cell> r = new ArrayList<>(List.of(Table.Cell.of(p.code() == null ? "(none)" : p.code()),
                    Table.Cell.of(words(p.role().name()))));
            r.addAll(tallyCells(p.tally()));
            partners.add(r);
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("timeliness", "Timeliness in the last 12 months", period(f.window()), List.of(
                new Section.Block(null, table("measures", "Duties done on time, " + months(f.window()),
                        head("Measure"), measures, false)),
                new Section.Block(null, table("advice-by-partner", "Advice within 6 weeks by partner organisation",
                        head("Organisation", "Kind"), partners, false)))));
        sections.add(trends(f.trends(), f.window(), false));
        sections.add(due(f));
        return sections;
    }

    static List<Section> health(HealthFigures f) {
        List<List<Table.Cell>> byCouncil = new ArrayList<>();
        for (CouncilTally c : f.adviceByCouncil()) {
            byCouncil.add(row(c.council(), c.tally()));
        }
        List<List<Table.Cell>> waiting = new ArrayList<>();
        for (DueClock c : f.waiting()) {
            waiting.add(List.of(Table.Cell.of(c.council()), Table.Cell.of(duty(c.kind())),
                    Table.Cell.of(c.ref() == null ? "" : c.ref()), Table.Cell.of(c.due().format(DAY)), status(c)));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("timeliness", "Your advice in the last 12 months", period(f.window())
                + " Advice for an EHC needs assessment is due within 6 weeks of the request (SEND Regulations 2014,"
                + " reg 8).", List.of(
                new Section.Block(null, table("advice", "Advice given within 6 weeks, " + months(f.window()),
                        head("Measure"), List.of(row(Measure.ADVICE.title(), f.advice().total())), false)),
                new Section.Block(null, table("advice-by-council", "Advice given within 6 weeks by council",
                        head("Council"), byCouncil, false)))));
        sections.add(trends(List.of(f.advice()), f.window(), false));
        sections.add(new Section("due", "Waiting on you", dueIntro(f.window(), f.waitingTruncated()), List.of(
                new Section.Block(null, dueCounts("waiting-by-clock", "Waiting on you by clock", "Clock",
                        f.waitingByKind(), true, f.window())),
                new Section.Block(null, table("waiting", "Requests waiting on you, earliest due first",
                        List.of("Council", "Clock", "Request", "Due", "Status"), waiting,
                        List.of(false, false, false, false, false), false)))));
        return sections;
    }

    static List<Section> operator(OperatorFigures f) {
        Map<Measure, Tally> all = new TreeMap<>();
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (CouncilTally c : f.councils()) {
            rows.add(suppressedRow(List.of(c.council(), c.measure().title()), c.tally()));
            all.merge(c.measure(), c.tally(), Tally::plus);
        }
        all.forEach((measure, tally) -> rows.add(suppressedRow(List.of("All councils", measure.title()), tally)));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("timeliness", "Every council in the last 12 months", period(f.window())
                + " Numbers from 1 to 4 are shown as x, as DfE publishes; the other count and the percentage of a"
                + " row with an x are shown as x too, so that they cannot give it away.", List.of(
                new Section.Block(null, table("councils", "Duties done on time by council, " + months(f.window()),
                        head("Council", "Measure"), rows, false)))));
        sections.add(trends(f.trends(), f.window(), true));
        return sections;
    }

    private static Section trends(List<Trend> trends, Window window, boolean suppress) {
        List<Section.Block> blocks = new ArrayList<>();
        for (Trend trend : trends) {
            String id = "trend-" + trend.measure().slug();
            List<List<Table.Cell>> rows = new ArrayList<>();
            List<String> months = new ArrayList<>();
            List<Integer> percents = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (MonthTally m : trend.months()) {
                String month = m.month().format(MONTH);
                months.add(month.substring(0, 3));
                if (suppress) {
                    Shown shown = SmallNumbers.show(m.tally());
                    rows.add(List.of(Table.Cell.of(month), Table.Cell.of(shown.onTime()), Table.Cell.of(shown.late()),
                            Table.Cell.of(shown.total()), Table.Cell.of(shown.percentOnTime().isEmpty() ? NONE
                                    : shown.percentOnTime())));
                    percents.add(shown.suppressed() ? null : m.tally().percentOnTime());
                    labels.add(shown.suppressed() ? SmallNumbers.SUPPRESSED : label(m.tally().percentOnTime()));
                } else {
                    rows.add(row(month, m.tally()));
                    percents.add(m.tally().percentOnTime());
                    labels.add(label(m.tally().percentOnTime()));
                }
            }
            String title = trend.measure().title() + ", month by month";
            BarChart chart = BarChart.of("chart-" + trend.measure().slug(), title, "Bar chart of the percentage of "
                    + trend.measure().title().toLowerCase(Locale.UK) + " in each month from "
                    + window.months().get(0).format(MONTH) + " to " + window.months().get(11).format(MONTH)
                    + ". The table below gives the same figures.", id, months, percents, labels);
            blocks.add(new Section.Block(chart, table(id, title, head("Month"), rows, false)));
        }
        return new Section("trends", "Month by month", "Each chart shows the percentage done on time in each"
                + " month; a dash means nothing was due to be done that month. Its table gives the counts.", blocks);
    }

    private static Section due(CouncilFigures f) {
        List<List<Table.Cell>> clocks = new ArrayList<>();
        for (DueClock c : f.due()) {
            clocks.add(List.of(Table.Cell.link(c.childName(), "/dashboard/cases/" + c.caseId()),
                    Table.Cell.of(duty(c.kind())), Table.Cell.of(TimelinessFigures.party(c.waitingOn())),
                    Table.Cell.of(c.due().format(DAY)), status(c)));
        }
        return new Section("due", "Due in the next 10 working days or overdue", dueIntro(f.window(), f.dueTruncated()),
                List.of(new Section.Block(null, dueCounts("due-by-clock", "Due or overdue by clock", "Clock",
                                f.dueByKind(), true, f.window())),
                        new Section.Block(null, dueCounts("due-by-party", "Due or overdue by whom it waits on",
                                "Waiting on", f.dueByParty(), false, f.window())),
                        new Section.Block(null, table("due-clocks", "Children's clocks due or overdue, earliest first",
                                List.of("Child", "Clock", "Waiting on", "Due", "Status"), clocks,
                                List.of(false, false, false, false, false), true))));
    }

    private static Table dueCounts(String id, String caption, String first, List<DueCount> counts, boolean kinds,
                                   Window window) {
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (DueCount c : counts) {
            String label = kinds ? duty(ClockKind.valueOf(c.label())) : c.label();
            rows.add(List.of(Table.Cell.of(label), Table.Cell.of(c.overdue()), Table.Cell.of(c.dueSoon()),
                    Table.Cell.of(c.total())));
        }
        return table(id, caption, List.of(first, "Overdue", "Due by " + window.dueUntil().format(DAY), "Total"), rows,
                List.of(false, true, true, true), false);
    }

    private static String dueIntro(Window window, boolean truncated) {
        return "Open clocks past their due date, and those due from today, " + window.today().format(DAY) + ", to "
                + window.dueUntil().format(DAY) + " (10 working days; weekends and England and Wales bank holidays"
                + " are not working days)." + (truncated ? " Only the first " + TimelinessFigures.DUE_LIST_LIMIT
                + " are listed; the counts are complete." : "");
    }

    private static Table.Cell status(DueClock c) {
        return c.overdue() ? Table.Cell.tag("Overdue", "govuk-tag--red") : Table.Cell.tag("Due", "govuk-tag--yellow");
    }

    private static String period(Window window) {
        return "Statutory duties done from " + window.from().format(DAY) + " to " + window.today().format(DAY)
                + ", each counted in the month it was done, from the hub's own records of each child's journey.";
    }

    private static String months(Window window) {
        return window.months().get(0).format(MONTH) + " to " + YearMonth.from(window.today()).format(MONTH);
    }

    private static List<String> head(String... first) {
        List<String> headers = new ArrayList<>(Arrays.asList(first));
        headers.addAll(TALLY_HEADERS);
        return headers;
    }

    private static Table table(String id, String caption, List<String> headers, List<List<Table.Cell>> rows,
                               boolean personalData) {
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 0; i < headers.size() - NUMBERS.size(); i++) {
            numeric.add(false);
        }
        numeric.addAll(NUMBERS);
        return new Table(id, caption, headers, rows, numeric, personalData);
    }

    private static Table table(String id, String caption, List<String> headers, List<List<Table.Cell>> rows,
                               List<Boolean> numeric, boolean personalData) {
        return new Table(id, caption, headers, rows, numeric, personalData);
    }

    private static List<Table.Cell> row(String label, Tally tally) {
        List<Table.Cell> r = new ArrayList<>(List.of(Table.Cell.of(label)));
        r.addAll(tallyCells(tally));
        return r;
    }

    private static List<Table.Cell> tallyCells(Tally t) {
        return List.of(Table.Cell.of(t.onTime()), Table.Cell.of(t.late()), Table.Cell.of(t.total()),
                Table.Cell.of(t.percentOnTime() == null ? NONE : t.percentOnTime().toString()));
    }

    private static List<Table.Cell> suppressedRow(List<String> labels, Tally tally) {
        Shown shown = SmallNumbers.show(tally);
        List<Table.Cell> r = new ArrayList<>(labels.stream().map(Table.Cell::of).toList());
        r.addAll(List.of(Table.Cell.of(shown.onTime()), Table.Cell.of(shown.late()), Table.Cell.of(shown.total()),
                Table.Cell.of(shown.percentOnTime().isEmpty() ? NONE : shown.percentOnTime())));
        return r;
    }

    private static String label(Integer percent) {
        return percent == null ? "–" : percent + "%";
    }

    /** A clock's duty as a sentence start: "Issue the final plan". */
    static String duty(ClockKind kind) {
        String duty = kind.duty();
        return Character.toUpperCase(duty.charAt(0)) + duty.substring(1);
    }

    static String words(String enumName) {
        String lower = enumName.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }
}
