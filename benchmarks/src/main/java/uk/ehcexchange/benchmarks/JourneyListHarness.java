package uk.ehcexchange.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import uk.ehcexchange.samples.SyntheticCaseload;
import uk.ehcexchange.statutory.WorkingDayCalendar;

/**
 * Hertfordshire's caseload with its journeys in PostgreSQL, and the time a council's due-and-overdue list takes.
 *
 * <p>Starts PostgreSQL 17 from the embedded binaries (zonky), creates the journey tables with the hub's own
 * migration file (read from the working tree, so the tables and indexes measured are exactly those the hub creates),
 * loads {@code plans} plans of council 919 with {@link SyntheticJourneys} through {@code COPY}, runs {@code ANALYZE},
 * and then times the list queries exactly as {@code JourneyRepository.openForCouncil} / {@code openForParty} send
 * them (copied here: benchmarks does not depend on the hub's module), reading every column of every row as the hub
 * maps them. "Within 20 working days" is counted with the hub's calendar from {@code today}. Prints the row counts,
 * the plan PostgreSQL chose for the default list, and per query the median, 95th percentile and maximum.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar uk.ehcexchange.benchmarks.JourneyListHarness [plans] [runs] [migration]
 * </pre>
 * Defaults: 12,920 plans (Hertfordshire), 50 timed runs per query after 10 warm-up runs,
 * {@code routes/src/main/resources/db/migration/V60__journey.sql}.
 */
public final class JourneyListHarness {

    static final String COUNCIL = "919";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String DEFAULT_MIGRATION = "routes/src/main/resources/db/migration/V60__journey.sql";
    private static final long SEED = 14L;
    private static final int WARM_UP = 10;

    static final String CLOCK_COLUMNS = """
            clock_id, case_id, council, kind, ref, started_on, due_on, rule, source, waiting_on_role, waiting_on,
            exception_code, exception_reason, met_on, closed_by_event, status""";
    static final String CASE_COLUMNS =
            "case_id, council, child, plan_id, opened_on, status, created_at, updated_at";
    static final String EVENT_COLUMNS =
            "event_id, case_id, kind, occurred_on, recorded_at, actor, party, detail, ref";

    /** One list query as the hub sends it, with its parameters. */
    record ListQuery(String name, String sql, List<Object> params) {
    }

    /** What one query took over the timed runs, in milliseconds, and how many rows it returned. */
    record Timing(String name, int rows, double medianMs, double p95Ms, double maxMs) {
    }

    public static void main(String[] args) throws Exception {
        int plans = args.length > 0 ? Integer.parseInt(args[0]) : SyntheticCaseload.HERTFORDSHIRE_PLANS;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path migration = Path.of(args.length > 2 ? args[2] : DEFAULT_MIGRATION);
        Path work = Files.createTempDirectory("ehc-journeys");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres"))
                .start();
             Connection db = postgres.getPostgresDatabase().getConnection()) {
            System.out.printf(Locale.ROOT, "PostgreSQL %s; load average %s%n",
                    db.getMetaData().getDatabaseProductVersion(), loadAverage());
            long begin = System.nanoTime();
            createTables(db, migration);
            load(db, plans, work);
            System.out.printf(Locale.ROOT, "loaded and analysed in %.1f s%n", (System.nanoTime() - begin) / 1e9);
            printCounts(db);
            List<ListQuery> queries = queries(TODAY);
            explain(db, queries.get(0));
            for (ListQuery query : queries) {
                Timing t = time(db, query, runs);
                System.out.printf(Locale.ROOT, "%-44s %5d rows  median %7.2f ms  p95 %7.2f ms  max %7.2f ms%n",
                        t.name(), t.rows(), t.medianMs(), t.p95Ms(), t.maxMs());
            }
            System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
        }
    }

    static void createTables(Connection db, Path migration) throws IOException, SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(Files.readString(migration));
        }
    }

    /** Generates the journeys into CSV files, then {@code COPY}s each table and analyses it. */
    static void load(Connection db, int plans, Path work) throws IOException, SQLException {
        Path cases = work.resolve("cases.csv");
        Path events = work.resolve("events.csv");
        Path clocks = work.resolve("clocks.csv");
        SyntheticCaseload caseload = new SyntheticCaseload(COUNCIL, SEED, TODAY);
        SyntheticJourneys journeys = new SyntheticJourneys(COUNCIL, SEED, TODAY);
        try (BufferedWriter caseOut = Files.newBufferedWriter(cases, StandardCharsets.UTF_8);
             BufferedWriter eventOut = Files.newBufferedWriter(events, StandardCharsets.UTF_8);
             BufferedWriter clockOut = Files.newBufferedWriter(clocks, StandardCharsets.UTF_8)) {
            SyntheticJourneys.Sink sink = csvSink(caseOut, eventOut, clockOut);
            for (int i = 0; i < plans; i++) {
                journeys.journey(caseload.plan(i), i, sink);
            }
        }
        copy(db, "ehc_case", CASE_COLUMNS, cases);
        copy(db, "journey_event", EVENT_COLUMNS, events);
        copy(db, "statutory_clock", CLOCK_COLUMNS, clocks);
        for (Path file : List.of(cases, events, clocks)) {
            Files.delete(file);
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    /** A sink writing each table's rows as CSV lines for {@link #copy}. */
    static SyntheticJourneys.Sink csvSink(Writer cases, Writer events, Writer clocks) {
        return new SyntheticJourneys.Sink() {
            @Override
            public void caseRow(Object... columns) {
                csv(cases, columns);
            }

            @Override
            public void event(Object... columns) {
                csv(events, columns);
            }

            @Override
            public void clock(Object... columns) {
                csv(clocks, columns);
            }
        };
    }

    /** The queries the hub's lists send: the council's default list, filtered ones, the most rows, a partner's. */
    static List<ListQuery> queries(LocalDate today) {
        LocalDate until = WorkingDayCalendar.england().nthWorkingDayBeginningWith(today.plusDays(1), 20);
        String council = "SELECT " + CLOCK_COLUMNS
                + " FROM statutory_clock WHERE council = ? AND status = 'OPEN' AND due_on <= ?";
        String order = " ORDER BY due_on, clock_id FETCH FIRST %d ROWS ONLY";
        Date untilDate = Date.valueOf(until);
        return List.of(
                new ListQuery("council, within 20 working days, limit 1000", council + order.formatted(1000),
                        List.of(COUNCIL, untilDate)),
                new ListQuery("council, waitingOn=HEALTH", council + " AND waiting_on_role = ?"
                        + order.formatted(1000), List.of(COUNCIL, untilDate, "HEALTH")),
                new ListQuery("council, kind=ANNUAL_REVIEW", council + " AND kind = ?" + order.formatted(1000),
                        List.of(COUNCIL, untilDate, "ANNUAL_REVIEW")),
                new ListQuery("council, limit 5000 (the most a call may ask)", council + order.formatted(5000),
                        List.of(COUNCIL, untilDate)),
                new ListQuery("party " + SyntheticJourneys.ICB + " (the ICB), limit 1000", "SELECT " + CLOCK_COLUMNS
                        + " FROM statutory_clock WHERE waiting_on = ? AND status = 'OPEN' AND due_on <= ?"
                        + order.formatted(1000), List.of(SyntheticJourneys.ICB, untilDate)));
    }

    /** Runs the query {@code WARM_UP} times, then {@code runs} times timed, reading every column as the hub does. */
    static Timing time(Connection db, ListQuery query, int runs) throws SQLException {
        int rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = run(db, query);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(db, query);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(query.name(), rows, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
    }

    static int run(Connection db, ListQuery query) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(query.sql())) {
            for (int i = 0; i < query.params().size(); i++) {
                statement.setObject(i + 1, query.params().get(i));
            }
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    read(rs);
                    rows++;
                }
            }
            return rows;
        }
    }

    /** Every column, typed as JourneyRepository.mapClock reads it. */
    private static Object[] read(ResultSet rs) throws SQLException {
        return new Object[] {rs.getString("clock_id"), rs.getString("case_id"), rs.getString("council"),
                rs.getString("kind"), rs.getString("ref"), rs.getDate("started_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(), rs.getString("rule"), rs.getString("source"),
                rs.getString("waiting_on_role"), rs.getString("waiting_on"), rs.getString("exception_code"),
                rs.getString("exception_reason"), rs.getDate("met_on"), rs.getString("closed_by_event"),
                rs.getString("status")};
    }

    static List<String> counts(Connection db) throws SQLException {
        List<String> lines = new ArrayList<>();
        String[] sql = {
            "SELECT 'cases', count(*) FROM ehc_case",
            "SELECT 'events', count(*) FROM journey_event",
            "SELECT 'clocks', count(*) FROM statutory_clock",
            "SELECT 'open clocks', count(*) FROM statutory_clock WHERE status = 'OPEN'",
            "SELECT 'open and overdue', count(*) FROM statutory_clock WHERE status = 'OPEN' AND due_on < DATE '"
                    + TODAY + "'",
            "SELECT 'clock table size (MB)', pg_total_relation_size('statutory_clock') / 1048576"};
        try (Statement statement = db.createStatement()) {
            for (String s : sql) {
                try (ResultSet rs = statement.executeQuery(s)) {
                    rs.next();
                    lines.add(rs.getString(1) + ": " + rs.getLong(2));
                }
            }
        }
        return lines;
    }

    private static void printCounts(Connection db) throws SQLException {
        counts(db).forEach(System.out::println);
    }

    private static void explain(Connection db, ListQuery query) throws SQLException {
        ListQuery explained = new ListQuery(query.name(), "EXPLAIN (ANALYZE, BUFFERS) " + query.sql(),
                query.params());
        try (PreparedStatement statement = db.prepareStatement(explained.sql())) {
            for (int i = 0; i < query.params().size(); i++) {
                statement.setObject(i + 1, query.params().get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                System.out.println("plan of \"" + query.name() + "\":");
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
    }

    static void copy(Connection db, String table, String columns, Path file) throws IOException,
            SQLException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            db.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)", in);
        }
    }

    /** One CSV line: null as an unquoted empty field (SQL NULL), everything else quoted (so '' stays ''). */
    static void csv(Writer out, Object... columns) {
        try {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                if (columns[i] != null) {
                    out.write('"');
                    out.write(columns[i].toString().replace("\"", "\"\""));
                    out.write('"');
                }
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private JourneyListHarness() {
    }
}
