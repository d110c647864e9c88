package uk.ehcexchange.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.samples.SyntheticCaseload;

/**
 * A council's SEN2 return over Hertfordshire's caseload, timed through the hub's own API on PostgreSQL 17.
 *
 * <p>Starts PostgreSQL 17 from the embedded binaries (zonky) and the built hub jar on it (its own Flyway migrations
 * make every table), then loads {@code plans} plans of council 919 ({@link SyntheticCaseload}, each child given a
 * sex and an ethnicity as a council would record them for SEN2) with their journeys ({@link SyntheticJourneys})
 * through {@code COPY}, runs {@code ANALYZE}, and times {@code GET /api/v1/councils/919/sen2/2027} as the council's
 * system calls it: the whole export — reading the council's records, assembling the persons, the rules, writing the
 * XML, checking it against the XSD — and the answer read to its last byte. One warm-up call, then {@code runs} timed
 * calls; prints each, the median and the maximum, and the counts the hub reported.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar uk.ehcexchange.benchmarks.Sen2ExportHarness routes/target/ehc-routes-0.1.0-SNAPSHOT-exec.jar [plans] [runs] [heap]
 * </pre>
 * Defaults: 12,920 plans, 5 timed runs, {@code -Xmx512m}.
 */
public final class Sen2ExportHarness {

    static final String COUNCIL = "919";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final long SEED = 14L;
    private static final List<String> ETHNICITIES = List.of("WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "CHNE",
            "OOTH", "REFU", "NOBT");
    private static final String PLAN_COLUMNS = "plan_id, owning_la, status, version, document, created_at, updated_at";

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int plans = args.length > 1 ? Integer.parseInt(args[1]) : SyntheticCaseload.HERTFORDSHIRE_PLANS;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String heap = args.length > 3 ? args[3] : "512m";
        Path work = Files.createTempDirectory("ehc-sen2");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres"))
                .start();
             Connection db = postgres.getPostgresDatabase().getConnection()) {
            System.out.printf(Locale.ROOT, "PostgreSQL %s; load average %s%n",
                    db.getMetaData().getDatabaseProductVersion(), JourneyListHarness.loadAverage());
            HubNode hub = new HubNode(jar, Files.createDirectories(work.resolve("hub")), false);
            hub.set("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            hub.set("--spring.datasource.username=postgres");
            hub.set("--spring.datasource.password=");
            System.setProperty("hub.jvm-options", System.getProperty("hub.jvm-options", "") + " -Xmx" + heap);
            hub.launch();
            hub.awaitOk("/readyz", Duration.ofMinutes(10));
            long begin = System.nanoTime();
            load(db, plans, work);
            System.out.printf(Locale.ROOT, "%d plans loaded and analysed in %.1f s%n", plans,
                    (System.nanoTime() - begin) / 1e9);
            String path = "/api/v1/councils/" + COUNCIL + "/sen2/2027?dmo=Y&dco=Y&dsco=N";
            HttpResponse<String> answer = hub.send("GET", path, null, null);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("export answered " + answer.statusCode() + ": " + answer.body());
            }
            System.out.printf(Locale.ROOT, "warm-up: %d bytes; persons reported %s, left out %s%n",
                    answer.body().length(), answer.headers().firstValue("X-SEN2-Persons-Reported").orElse("?"),
                    answer.headers().firstValue("X-SEN2-Persons-Left-Out").orElse("?"));
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                HttpResponse<String> timed = hub.send("GET", path, null, null);
                seconds[i] = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "run %d: %.2f s (HTTP %d, %d bytes)%n", i + 1, seconds[i],
                        timed.statusCode(), timed.body().length());
            }
            Arrays.sort(seconds);
            System.out.printf(Locale.ROOT, "export of %d plans: median %.2f s, max %.2f s; hub CPU so far %d ms;"
                    + " load average %s%n", plans, seconds[runs / 2], seconds[runs - 1], hub.cpuMillis(),
                    JourneyListHarness.loadAverage());
            hub.terminate(Duration.ofSeconds(60));
        }
    }

    /** The plans and their journeys, as CSV files copied into the hub's tables, then analysed. */
    static void load(Connection db, int plans, Path work) throws IOException, SQLException {
        Path planFile = work.resolve("plans.csv");
        Path cases = work.resolve("cases.csv");
        Path events = work.resolve("events.csv");
        Path clocks = work.resolve("clocks.csv");
        SyntheticCaseload caseload = new SyntheticCaseload(COUNCIL, SEED, TODAY);
        SyntheticJourneys journeys = new SyntheticJourneys(COUNCIL, SEED, TODAY);
        String now = TODAY + " 09:00:00+00";
        try (BufferedWriter planOut = Files.newBufferedWriter(planFile, StandardCharsets.UTF_8);
             BufferedWriter caseOut = Files.newBufferedWriter(cases, StandardCharsets.UTF_8);
             BufferedWriter eventOut = Files.newBufferedWriter(events, StandardCharsets.UTF_8);
             BufferedWriter clockOut = Files.newBufferedWriter(clocks, StandardCharsets.UTF_8)) {
            SyntheticJourneys.Sink sink = JourneyListHarness.csvSink(caseOut, eventOut, clockOut);
            for (int i = 0; i < plans; i++) {
                EhcPlan plan = withSen2PersonItems(caseload.plan(i), i);
                JourneyListHarness.csv(planOut, plan.planId(), COUNCIL, plan.status().name(), 1,
                        CanonicalJson.mapper().writeValueAsString(plan), now, now);
                journeys.journey(plan, i, sink);
            }
        }
        JourneyListHarness.copy(db, "ehc_plan", PLAN_COLUMNS, planFile);
        JourneyListHarness.copy(db, "ehc_case", JourneyListHarness.CASE_COLUMNS, cases);
        JourneyListHarness.copy(db, "journey_event", JourneyListHarness.EVENT_COLUMNS, events);
        JourneyListHarness.copy(db, "statutory_clock", JourneyListHarness.CLOCK_COLUMNS, clocks);
        for (Path file : List.of(planFile, cases, events, clocks)) {
            Files.delete(file);
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    /** The child as a council records it for SEN2: a sex and an ethnicity (the generated caseload has neither). */
    static EhcPlan withSen2PersonItems(EhcPlan plan, int index) {
        ObjectNode tree = CanonicalJson.mapper().valueToTree(plan);
        ObjectNode child = (ObjectNode) tree.get("child");
        child.put("sex", index % 2 == 0 ? "F" : "M");
        child.put("ethnicity", ETHNICITIES.get(index % ETHNICITIES.size()));
        if (!child.has("upn") && !child.has("uln")) {
            child.put("upnUnknown", "UN2");
        }
        try {
            return CanonicalJson.mapper().treeToValue(tree, EhcPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sen2ExportHarness() {
    }
}
