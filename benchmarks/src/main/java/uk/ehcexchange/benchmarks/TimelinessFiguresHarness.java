package uk.ehcexchange.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.ehcexchange.benchmarks.JourneyListHarness.ListQuery;
import uk.ehcexchange.samples.SyntheticCaseload;
import uk.ehcexchange.statutory.WorkingDayCalendar;

/**
 * The dashboard's council view at Hertfordshire's size (issue 15): the statutory-clock queries that
 * {@code TimelinessFigures.council} sends for one page (closed clocks by kind and month, advice by partner, open
 * clocks by kind and party, the due list with each child's name), copied from {@code TimelinessQueries} — the
 * benchmarks module does not depend on the hub's — timed one by one and as one page, over the same 12,920 plans with
 * journeys that {@link JourneyListHarness} loads into PostgreSQL 17. Also the operator's closed-clock query over the
 * whole table. The transfer ledger's two small queries are not included (the harness has no transfer tables).
 */
public final class TimelinessFiguresHarness {

    private static final int WARM_UP = 10;

    public static void main(String[] args) throws Exception {
        int plans = args.length > 0 ? Integer.parseInt(args[0]) : SyntheticCaseload.HERTFORDSHIRE_PLANS;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path migration = Path.of(args.length > 2 ? args[2] : JourneyListHarness.DEFAULT_MIGRATION);
        Path work = Files.createTempDirectory("ehc-figures");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres"))
                .start();
             Connection db = postgres.getPostgresDatabase().getConnection()) {
            System.out.printf(Locale.ROOT, "PostgreSQL %s; load average %s%n",
                    db.getMetaData().getDatabaseProductVersion(), JourneyListHarness.loadAverage());
            long begin = System.nanoTime();
            JourneyListHarness.createTables(db, migration);
            JourneyListHarness.load(db, plans, work);
            System.out.printf(Locale.ROOT, "loaded and analysed in %.1f s; %s%n", (System.nanoTime() - begin) / 1e9,
                    JourneyListHarness.counts(db));
            List<ListQuery> council = councilView(JourneyListHarness.TODAY);
            for (ListQuery query : council) {
                report(query.name(), time(db, List.of(query), runs));
            }
            report("COUNCIL VIEW (all of the above, in turn)", time(db, council, runs));
            report("operator: closed clocks of every council", time(db, List.of(operator(JourneyListHarness.TODAY)),
                    runs));
            System.out.printf(Locale.ROOT, "load average after: %s%n", JourneyListHarness.loadAverage());
        }
    }

    /** The queries of one council page, with TimelinessFigures' window for {@code today}. */
    static List<ListQuery> councilView(LocalDate today) {
        Date from = Date.valueOf(YearMonth.from(today).minusMonths(11).atDay(1));
        Date to = Date.valueOf(today);
        Date until = Date.valueOf(WorkingDayCalendar.england().nthWorkingDayBeginningWith(today.plusDays(1), 10));
        String council = JourneyListHarness.COUNCIL;
        String month = "EXTRACT(YEAR FROM met_on), EXTRACT(MONTH FROM met_on)";
        String excepted = "CASE WHEN exception_code IS NULL THEN 0 ELSE 1 END";
        return List.of(
                new ListQuery("closed clocks by kind, month, outcome", "SELECT council, kind, " + month + ", status, "
                        + excepted + ", COUNT(*) FROM statutory_clock WHERE status IN ('MET', 'LATE')"
                        + " AND met_on >= ? AND met_on <= ? AND council = ? GROUP BY council, kind, " + month
                        + ", status, " + excepted, List.of(from, to, council)),
                new ListQuery("advice by partner", "SELECT council, waiting_on_role, waiting_on, status, " + excepted
                        + ", COUNT(*) FROM statutory_clock WHERE kind = 'ADVICE' AND status IN ('MET', 'LATE')"
                        + " AND met_on >= ? AND met_on <= ? AND council = ?"
                        + " GROUP BY council, waiting_on_role, waiting_on, status, " + excepted,
                        List.of(from, to, council)),
                new ListQuery("open clocks by kind and party", "SELECT council, kind, waiting_on_role, waiting_on,"
                        + " overdue, COUNT(*) FROM (SELECT council, kind, waiting_on_role, waiting_on,"
                        + " CASE WHEN due_on < ? THEN 1 ELSE 0 END AS overdue FROM statutory_clock"
                        + " WHERE status = 'OPEN' AND due_on <= ? AND council = ?) x"
                        + " GROUP BY council, kind, waiting_on_role, waiting_on, overdue", List.of(to, until, council)),
                new ListQuery("due list with names (limit 501)", "SELECT s.case_id, s.council, c.child, s.kind, s.ref,"
                        + " s.due_on, s.waiting_on_role, s.waiting_on FROM statutory_clock s"
                        + " JOIN ehc_case c ON c.case_id = s.case_id WHERE s.council = ? AND c.council = ?"
                        + " AND s.status = 'OPEN' AND s.due_on <= ? ORDER BY s.due_on, s.clock_id"
                        + " FETCH FIRST 501 ROWS ONLY", List.of(council, council, until)));
    }

    static ListQuery operator(LocalDate today) {
        ListQuery first = councilView(today).get(0);
        return new ListQuery("operator", first.sql().replace(" AND council = ?", ""), first.params().subList(0, 2));
    }

    /** Milliseconds per run of the queries in turn: median, p95, max; and the rows of the last run. */
    static double[] time(Connection db, List<ListQuery> queries, int runs) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            runAll(db, queries);
        }
        double[] ms = new double[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = runAll(db, queries);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], rows};
    }

    static int runAll(Connection db, List<ListQuery> queries) throws Exception {
        int rows = 0;
        for (ListQuery query : queries) {
            try (PreparedStatement statement = db.prepareStatement(query.sql())) {
                for (int i = 0; i < query.params().size(); i++) {
                    statement.setObject(i + 1, query.params().get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rs.getObject(c);
                        }
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static void report(String name, double[] t) {
        System.out.printf(Locale.ROOT, "%-44s %5d rows  median %7.2f ms  p95 %7.2f ms  max %7.2f ms%n", name,
                (int) t[3], t[0], t[1], t[2]);
    }

    private TimelinessFiguresHarness() {
    }
}
