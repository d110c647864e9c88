package uk.ehcexchange.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcexchange.hub.bulk.CaseloadFiles;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.samples.SyntheticCaseload;

/**
 * The import command end to end, as an operator runs it: on the hub's embedded database in file mode (data dir), with
 * its progress on stderr, its summary on stdout and its report file.
 */
class CliImportCaseloadTest {

    @TempDir
    Path dir;

    @Test
    void goodRowsAreImportedAndEveryBadRowIsReportedWithoutPersonalData() throws Exception {
        SyntheticCaseload caseload = CaseloadFiles.caseload("919");
        List<EhcPlan> plans = caseload.plans(497).toList();
        int badNhs = firstIndex(plans, p -> p.child().nhsNumber() != null, 10);
        int otherCouncil = firstIndex(plans, p -> true, 120);
        int badDate = firstIndex(plans, p -> true, 250);
        int badStatus = firstIndex(plans, p -> p.status() == PlanStatus.FINAL, 380);
        CaseloadFiles rows = new CaseloadFiles();
        for (int i = 0; i < plans.size(); i++) {
            EhcPlan plan = plans.get(i);
            if (i == badNhs) {
                rows.plan(withChild(plan, brokenNhsNumber(plan.child())));
            } else if (i == otherCouncil) {
                rows.plan(new EhcPlan(plan.planId(), "821", plan.status(), plan.ceasedReason(), plan.dates(),
                        plan.child(), plan.needTypes(), plan.sections()));
            } else if (i == badDate) {
                rows.plan(plan, Map.of("child.dateOfBirth", "31/12/2015"));
            } else if (i == badStatus) {
                rows.plan(plan, Map.of("status", "APPROVED"));
            } else {
                rows.plan(plan);
            }
        }
        rows.raw(List.of("SYN-919-999999", "919", "FINAL"));                       // row 499: too few cells
        rows.plan(plans.get(0));                                                     // row 500: identical again
        rows.plan(plans.get(1), Map.of("sections.A.text", "Changed since row 3"));   // row 501: same id, changed
        Path file = rows.writeTo(dir.resolve("herts-caseload.csv"));

        CliRunner.Result result = CliRunner.run("import-caseload", "--council", "919", "--in", file.toString(),
                "--batch-size", "100", "--progress", "lines", "--ehc.data-dir=" + dir.resolve("data"));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ImportCaseloadCommand.REJECTED_ROWS);
        assertThat(result.out()).containsPattern("imported +493").containsPattern("already present +1")
                .containsPattern("rejected +6").contains("herts-caseload.errors.csv (6 rows)");
        assertThat(result.err()).contains("import-caseload: 100%").doesNotContain("\r");
        List<String> report = Files.readAllLines(dir.resolve("herts-caseload.errors.csv"));
        assertThat(report.get(0)).isEqualTo("row,field,rule,message");
        assertThat(report.subList(1, report.size()).stream().map(CliImportCaseloadTest::rowFieldRule))
                .containsExactly(
                        (badNhs + 2) + ",child.nhsNumber,nhs-number-modulus-11",
                        (otherCouncil + 2) + ",owningCouncil,own-authority-only",
                        (badDate + 2) + ",child.dateOfBirth,date-format",
                        (badStatus + 2) + ",status,code-value",
                        "499,$,csv-column-count",
                        "501,planId,plan-already-exists");
        String everythingShown = result.out() + result.err() + String.join("\n", report);
        for (EhcPlan plan : plans) {
            assertThat(everythingShown).doesNotContain(plan.child().givenName() + " " + plan.child().familyName());
            if (plan.child().nhsNumber() != null) {
                assertThat(everythingShown).doesNotContain(plan.child().nhsNumber());
            }
        }

        try (Connection db = hubDatabase()) {
            assertThat(count(db, "SELECT COUNT(*) FROM ehc_plan WHERE owning_la = '919'")).isEqualTo(493);
            assertThat(count(db, "SELECT COUNT(*) FROM ehc_plan WHERE owning_la <> '919'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'plan.import' AND outcome = 'ACCEPTED'"))
                    .isEqualTo(493);
            assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'plan.import' AND outcome = 'REJECTED'"))
                    .isEqualTo(6);
            assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'caseload.import'")).isEqualTo(1);
        }
    }

    @Test
    void anInterruptedImportContinuesWhereItStoppedAndStoresEveryPlanOnce() throws Exception {
        Path file = dir.resolve("luton.csv");
        CliRunner.Result generated = CliRunner.run("generate-caseload", "--council", "821", "--plans", "150",
                "--out", file.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(CliRunner.run("generate-caseload", "--council", "821", "--out", file.toString()).err())
                .contains("refusing to overwrite");
        String[] importArgs = {"import-caseload", "--council", "821", "--in", file.toString(), "--batch-size", "25",
                "--ehc.data-dir=" + dir.resolve("data")};

        CliRunner.Result first = CliRunner.run(with(importArgs, "--max-rows", "60", "--progress", "bar"));
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ImportCaseloadCommand.STOPPED);
        assertThat(first.out()).contains("run the same command again to continue");
        assertThat(first.err()).contains("\r[").contains("#");
        assertThat(plansIn821()).isEqualTo(60);

        CliRunner.Result second = CliRunner.run(with(importArgs, "--max-rows", "60", "--progress", "none"));
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ImportCaseloadCommand.STOPPED);
        assertThat(second.out()).containsPattern("rows this time +60").containsPattern("imported +120");
        assertThat(second.err()).isEmpty();

        CliRunner.Result rest = CliRunner.run(with(importArgs, "--progress", "none"));
        assertThat(rest.exitCode()).as(rest.toString()).isZero();
        assertThat(rest.out()).containsPattern("rows this time +30").containsPattern("imported +150")
                .contains("the whole file has been read");

        CliRunner.Result again = CliRunner.run(with(importArgs, "--progress", "none"));
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("already imported").containsPattern("rows this time +0");

        try (Connection db = hubDatabase()) {
            assertThat(count(db, "SELECT COUNT(*) FROM ehc_plan WHERE owning_la = '821'")).isEqualTo(150);
            assertThat(count(db, "SELECT COUNT(DISTINCT plan_id) FROM ehc_plan")).isEqualTo(150);
            assertThat(count(db, "SELECT COUNT(*) FROM bulk_import_run WHERE status = 'COMPLETED'")).isEqualTo(1);
        }
    }

    @Test
    void aCouncilXmlCaseloadImportsInPartsLikeACsvOne() throws Exception {
        Path file = dir.resolve("luton.xml");
        CliRunner.Result generated = CliRunner.run("generate-caseload", "--council", "821", "--plans", "40",
                "--out", file.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(Files.readString(file)).contains("<Caseload xmlns=\"urn:ehc-exchange:council-xml:v1\">");
        String[] importArgs = {"import-caseload", "--council", "821", "--in", file.toString(), "--batch-size", "10",
                "--progress", "none", "--ehc.data-dir=" + dir.resolve("data")};

        CliRunner.Result first = CliRunner.run(with(importArgs, "--max-rows", "15"));
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ImportCaseloadCommand.STOPPED);
        CliRunner.Result rest = CliRunner.run(importArgs);

        assertThat(rest.exitCode()).as(rest.toString()).isZero();
        assertThat(rest.out()).containsPattern("rows this time +25").containsPattern("imported +40")
                .contains("luton.errors.csv (0 rows)");
        try (Connection db = hubDatabase()) {
            assertThat(count(db, "SELECT COUNT(*) FROM ehc_plan WHERE owning_la = '821'")).isEqualTo(40);
            assertThat(count(db, "SELECT COUNT(*) FROM bulk_import_run WHERE format = 'council-xml-caseload-v1'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aCouncilXmlFileWithADoctypeImportsNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("entities.xml"), "<?xml version=\"1.0\"?><!DOCTYPE Caseload "
                + "[<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Caseload xmlns=\"urn:ehc-exchange:council-xml:v1\">&x;"
                + "</Caseload>");

        CliRunner.Result result = CliRunner.run("import-caseload", "--council", "919", "--in", file.toString(),
                "--ehc.data-dir=" + dir.resolve("data"));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("cannot be read before the first plan: / the file has a DOCTYPE")
                .contains("nothing was imported");
        assertThat(Files.readAllLines(dir.resolve("entities.errors.csv"))).hasSize(2).last().asString()
                .startsWith("0,/,no-dtd,");
    }

    /** A power cut, not a polite stop: the process is killed (SIGKILL) once it has committed some rows. */
    @Test
    void anImportKilledMidFileResumesAndStoresEveryPlanOnce() throws Exception {
        CaseloadFiles rows = new CaseloadFiles();
        CaseloadFiles.caseload("919").plans(1_500).forEach(rows::plan);
        Path file = rows.writeTo(dir.resolve("killed.csv"));
        Process importer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "uk.ehcexchange.hub.HubMain",
                "import-caseload", "--council", "919", "--in", file.toString(), "--batch-size", "50",
                "--progress", "bar", "--ehc.data-dir=" + dir.resolve("data"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int reported;
        try {
            reported = waitForCommittedRows(importer);
        } finally {
            importer.destroyForcibly().waitFor();
        }
        int committed;
        try (Connection db = hubDatabase()) {
            committed = count(db, "SELECT COUNT(*) FROM ehc_plan");
        }
        // Commits are durable (WRITE_DELAY=0): every row the importer had reported committed is there after the kill.
        assertThat(committed).as("killed before the end of the file").isLessThan(1_500)
                .as("every row reported committed before the kill survives it").isGreaterThanOrEqualTo(reported);

        CliRunner.Result resumed = CliRunner.run("import-caseload", "--council", "919", "--in", file.toString(),
                "--progress", "none", "--ehc.data-dir=" + dir.resolve("data"));

        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).containsPattern("rows this time +" + String.format(java.util.Locale.UK, "%,d",
                1_500 - committed)).containsPattern("imported +1,500");
        try (Connection db = hubDatabase()) {
            assertThat(count(db, "SELECT COUNT(*) FROM ehc_plan")).isEqualTo(1_500);
            assertThat(count(db, "SELECT COUNT(DISTINCT plan_id) FROM ehc_plan")).isEqualTo(1_500);
            assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'plan.import'")).isEqualTo(1_500);
        }
    }

    /** Reads the progress bar until it shows 800 committed rows (or the process ends); the rows it last showed. */
    private static int waitForCommittedRows(Process importer) throws IOException {
        java.util.regex.Pattern committed = java.util.regex.Pattern.compile("%  ([0-9,]+) rows:$");
        StringBuilder progress = new StringBuilder();
        try (var err = new InputStreamReader(importer.getErrorStream(), StandardCharsets.UTF_8)) {
            for (int c = err.read(); c >= 0; c = err.read()) {
                progress.append((char) c);
                java.util.regex.Matcher rows = committed.matcher(progress);
                if (c == ':' && rows.find() && Integer.parseInt(rows.group(1).replace(",", "")) >= 800) {
                    return Integer.parseInt(rows.group(1).replace(",", ""));
                }
            }
        }
        return 0;
    }

    @Test
    void aFileWithAWrongHeaderImportsNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("wrong.csv"), "planId,owningCouncil,status,child.nickname\r\n"
                + "P-1,919,FINAL,Theo\r\n");

        CliRunner.Result result = CliRunner.run("import-caseload", "--council", "919", "--in", file.toString(),
                "--report", dir.resolve("report.csv").toString(), "--ehc.data-dir=" + dir.resolve("data"));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("cannot be read at row 1: child.nickname is not a column")
                .contains("nothing was imported");
        assertThat(Files.readAllLines(dir.resolve("report.csv"))).containsExactly("row,field,rule,message",
                "1,child.nickname,csv-unknown-column,is not a column of the caseload format (see schemas/caseload-csv-v1.md)");
        try (Connection db = hubDatabase()) {
            assertThat(count(db, "SELECT COUNT(*) FROM bulk_import_run")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM ehc_plan")).isZero();
        }
    }

    /** A hub on the embedded database holds its file: the import says so instead of failing obscurely. */
    @Test
    void whileAnotherProcessHoldsTheEmbeddedDatabaseTheImportRefusesClearly() throws Exception {
        Path file = new CaseloadFiles().plan(CaseloadFiles.caseload("919").plan(0)).writeTo(dir.resolve("one.csv"));
        Files.createDirectories(dir.resolve("data/db"));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), databaseUrl())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(output.readLine()).isEqualTo(HoldDatabase.HOLDING);

            CliRunner.Result result = CliRunner.run("import-caseload", "--council", "919", "--in", file.toString(),
                    "--ehc.data-dir=" + dir.resolve("data"));

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.err()).contains("in use by another process").contains("stop the hub")
                    .contains("PostgreSQL");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    @Test
    void usageErrorsAreRefusedBeforeAnythingIsOpened() {
        Path file = dir.resolve("absent.csv");
        assertThat(CliRunner.run("import-caseload", "--council", "999", "--in", file.toString()).exitCode())
                .isEqualTo(2);
        CliRunner.Result password = CliRunner.run("import-caseload", "--council", "919", "--in", file.toString(),
                "--spring.datasource.password=secret");
        assertThat(password.exitCode()).isEqualTo(2);
        assertThat(password.err()).contains("passwords are never given on the command line").doesNotContain("secret");
        assertThat(CliRunner.run("import-caseload", "--council", "919", "--in", file.toString(), "stray").exitCode())
                .isEqualTo(2);
        CliRunner.Result missing = CliRunner.run("import-caseload", "--council", "919", "--in", file.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
    }

    private static String rowFieldRule(String reportLine) {
        String[] parts = reportLine.split(",", 4);
        return parts[0] + "," + parts[1] + "," + parts[2];
    }

    private static int firstIndex(List<EhcPlan> plans, java.util.function.Predicate<EhcPlan> test, int from) {
        for (int i = from; i < plans.size(); i++) {
            if (test.test(plans.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("no such plan");
    }

    private static Child brokenNhsNumber(Child c) {
        String nhs = c.nhsNumber();
        String broken = nhs.substring(0, 9) + (char) ('0' + (nhs.charAt(9) - '0' + 1) % 10);
        return new Child(broken, c.upn(), c.uln(), c.localCaseReference(), c.givenName(), c.familyName(),
                c.dateOfBirth(), c.postcode(), c.responsibleCommissioningBody());
    }

    private static EhcPlan withChild(EhcPlan p, Child child) {
        return new EhcPlan(p.planId(), p.owningCouncil(), p.status(), p.ceasedReason(), p.dates(), child, p.needTypes(),
                p.sections());
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + dir.resolve("data/db/ehc-hub");
    }

    private Connection hubDatabase() throws SQLException {
        return DriverManager.getConnection(databaseUrl(), "sa", "");
    }

    private int plansIn821() throws SQLException {
        try (Connection db = hubDatabase()) {
            return count(db, "SELECT COUNT(*) FROM ehc_plan WHERE owning_la = '821'");
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
