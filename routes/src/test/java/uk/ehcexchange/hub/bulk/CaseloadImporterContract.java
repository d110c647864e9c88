package uk.ehcexchange.hub.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ehcexchange.adapters.councilxml.CouncilXmlCaseloadWriter;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.NarrativeSection;
import uk.ehcexchange.model.PlanSections;
import uk.ehcexchange.samples.SyntheticCaseload;

/**
 * The importer against each database the hub supports, through the same context the CLI starts: batches commit
 * with their position, errors and audit entries or not at all, and a plan is stored once however often a file is run.
 * Each test imports for its own council so that the tests share one database without sharing plans.
 */
abstract class CaseloadImporterContract {

    private static ConfigurableApplicationContext hub;

    @TempDir
    Path dir;

    /** Started once per database; the subclass names it. */
    static void startHub(List<String> settings) {
        hub = BulkImportContext.start(settings);
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @AfterEach
    void removeHook() {
        importer().setBatchHook(batch -> { });
    }

    @Test
    void aBatchThatFailsLeavesNothingAndTheNextRunRedoesItExactlyOnce() throws IOException {
        SyntheticCaseload caseload = CaseloadFiles.caseload("919");
        CaseloadFiles rows = new CaseloadFiles();
        caseload.plans(260).forEach(rows::plan);
        Path file = rows.writeTo(dir.resolve("caseload.csv"));
        importer().setBatchHook(batch -> {
            if (batch == 3) {
                throw new IllegalStateException("the process dies before batch 3 commits");
            }
        });

        assertThatThrownBy(() -> run(file, "919", 0)).hasMessageContaining("dies before batch 3");

        assertThat(plansOf("919")).isEqualTo(100);
        assertThat(jdbc().sql("SELECT last_committed_row FROM bulk_import_run WHERE council = '919'")
                .query(Long.class).single()).isEqualTo(101);
        assertThat(auditCount("919", "ACCEPTED")).isEqualTo(100);

        removeHook();
        CaseloadImporter.Result again = run(file, "919", 0);

        assertThat(again.outcome()).isEqualTo(CaseloadImporter.Outcome.COMPLETED);
        assertThat(again.rowsThisTime()).isEqualTo(160);
        assertThat(again.counts()).isEqualTo(new ImportCounts(260, 0, 0));
        assertThat(plansOf("919")).isEqualTo(260);
        assertThat(jdbc().sql("SELECT COUNT(DISTINCT plan_id) FROM ehc_plan WHERE owning_la = '919'")
                .query(Integer.class).single()).isEqualTo(260);
        assertThat(auditCount("919", "ACCEPTED")).as("one entry per plan, none for the rolled-back batch").isEqualTo(260);
        assertThat(jdbc().sql("SELECT document FROM ehc_plan WHERE plan_id = ?").param(caseload.plan(259).planId())
                .query(String.class).single()).contains(caseload.plan(259).sections().e().outcomes().get(0).id());
    }

    @Test
    void aCouncilXmlCaseloadResumesAfterAFailedBatchAndReportsItsRefusedPlanAndWhatWasNotCarried() throws IOException {
        SyntheticCaseload caseload = CaseloadFiles.caseload("306");
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (CouncilXmlCaseloadWriter xml = new CouncilXmlCaseloadWriter(written)) {
            for (EhcPlan plan : caseload.plans(120).toList()) {
                xml.write(plan);
            }
        }
        String[] plans = written.toString(StandardCharsets.UTF_8).split("(?=<EhcPlan )", -1);
        plans[60] = plans[60].replace("<OwningCouncil>306</OwningCouncil>", "<OwningCouncil>X06</OwningCouncil>");
        plans[61] = plans[61].replace("</EhcPlan>", "<LocalData><Field name=\"legacyRef\">L-1</Field></LocalData></EhcPlan>");
        Path file = Files.writeString(dir.resolve("caseload.xml"), String.join("", plans), StandardCharsets.UTF_8);
        importer().setBatchHook(batch -> {
            if (batch == 2) {
                throw new IllegalStateException("the process dies before batch 2 commits");
            }
        });

        assertThatThrownBy(() -> run(file, "306", 0)).hasMessageContaining("dies before batch 2");
        assertThat(plansOf("306")).isEqualTo(50);

        removeHook();
        CaseloadImporter.Result rest = run(file, "306", 0);

        assertThat(rest.outcome()).isEqualTo(CaseloadImporter.Outcome.COMPLETED);
        assertThat(rest.rowsThisTime()).isEqualTo(70);
        assertThat(rest.counts()).isEqualTo(new ImportCounts(119, 0, 1));
        assertThat(plansOf("306")).isEqualTo(119);
        assertThat(auditCount("306", "REJECTED")).isEqualTo(1);
        assertThat(jdbc().sql("SELECT format FROM bulk_import_run WHERE council = '306'").query(String.class).single())
                .isEqualTo("council-xml-caseload-v1");
        assertThat(Files.readAllLines(dir.resolve("report.csv"))).containsExactly("row,field,rule,message",
                "60,/EhcPlan/OwningCouncil,cvc-pattern-valid,cvc-pattern-valid: Value (not repeated) is not facet-valid "
                        + "with respect to pattern '[0-9]{3}' for type 'LaCode'.",
                "61,/EhcPlan/LocalData/Field[@name='legacyRef'],not-carried,council-local data has no place in the "
                        + "canonical plan; not passed on");
    }

    @Test
    void anotherFileWithTheSamePlansFindsThemPresentAndRefusesAChangedOne() throws IOException {
        SyntheticCaseload caseload = CaseloadFiles.caseload("821");
        CaseloadFiles first = new CaseloadFiles();
        caseload.plans(20).forEach(first::plan);
        assertThat(run(first.writeTo(dir.resolve("first.csv")), "821", 0).counts())
                .isEqualTo(new ImportCounts(20, 0, 0));

        CaseloadFiles second = new CaseloadFiles();
        caseload.plans(21).forEach(plan -> second.plan(plan.planId().equals(caseload.plan(4).planId())
                ? withSectionAText(plan, "Rewritten since the first file") : plan));
        CaseloadImporter.Result result = run(second.writeTo(dir.resolve("second.csv")), "821", 0);

        assertThat(result.counts()).isEqualTo(new ImportCounts(1, 19, 1));
        assertThat(Files.readAllLines(dir.resolve("report.csv"))).containsExactly("row,field,rule,message",
                "6,planId,plan-already-exists,\"the hub already holds a different version of this plan; bulk import "
                        + "only creates plans, so update it through the API\"");
        assertThat(plansOf("821")).isEqualTo(21);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM audit_event WHERE actor = '821' AND outcome = 'REJECTED' "
                + "AND subject_id = ?").param(caseload.plan(4).planId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCouncilImportsOnlyItsOwnPlans() throws IOException {
        CaseloadFiles rows = new CaseloadFiles();
        CaseloadFiles.caseload("303").plans(3).forEach(rows::plan);
        CaseloadFiles.caseload("305").plans(1).forEach(rows::plan);

        CaseloadImporter.Result result = run(rows.writeTo(dir.resolve("mixed.csv")), "303", 0);

        assertThat(result.counts()).isEqualTo(new ImportCounts(3, 0, 1));
        assertThat(Files.readAllLines(dir.resolve("report.csv")).get(1))
                .startsWith("5,owningCouncil,own-authority-only,");
        assertThat(plansOf("305")).isZero();
    }

    @Test
    void aPlanIdAnotherCouncilsPlanHasIsTakenWithoutSayingWhose() throws IOException {
        EhcPlan enfields = CaseloadFiles.caseload("308").plan(0);
        CaseloadFiles first = new CaseloadFiles();
        first.plan(enfields);
        assertThat(run(first.writeTo(dir.resolve("enfield.csv")), "308", 0).counts())
                .isEqualTo(new ImportCounts(1, 0, 0));

        CaseloadFiles second = new CaseloadFiles();
        second.plan(enfields, java.util.Map.of("owningCouncil", "309"));
        CaseloadImporter.Result result = run(second.writeTo(dir.resolve("haringey.csv")), "309", 0);

        assertThat(result.counts()).isEqualTo(new ImportCounts(0, 0, 1));
        List<String> report = Files.readAllLines(dir.resolve("report.csv"));
        assertThat(report.get(1)).startsWith("2,planId,plan-id-taken,");
        assertThat(report.get(1).replace(enfields.planId(), "{id}")).doesNotContain("308");
        assertThat(plansOf("309")).isZero();
        assertThat(plansOf("308")).isEqualTo(1);
    }

    @Test
    void aStoppedRunContinuesAndAFinishedFileIsNotReadAgain() throws IOException {
        CaseloadFiles rows = new CaseloadFiles();
        CaseloadFiles.caseload("304").plans(30).forEach(rows::plan);
        Path file = rows.writeTo(dir.resolve("slices.csv"));

        assertThat(run(file, "304", 12).outcome()).isEqualTo(CaseloadImporter.Outcome.STOPPED);
        assertThat(plansOf("304")).isEqualTo(12);
        CaseloadImporter.Result rest = run(file, "304", 18);
        assertThat(rest.outcome()).as("the last row was the end of the file").isEqualTo(CaseloadImporter.Outcome.COMPLETED);
        assertThat(rest.rowsThisTime()).isEqualTo(18);
        CaseloadImporter.Result again = run(file, "304", 0);

        assertThat(again.outcome()).isEqualTo(CaseloadImporter.Outcome.ALREADY_COMPLETED);
        assertThat(again.counts()).isEqualTo(new ImportCounts(30, 0, 0));
        assertThat(plansOf("304")).isEqualTo(30);
    }

    /** Two processes importing the same file share its run; a batch commits only where its process left the run. */
    @Test
    void aRunMovesOnOnlyFromTheRowThisProcessLeftItAt() {
        ImportRuns runs = hub.getBean(ImportRuns.class);
        Instant now = Instant.now();
        ImportRun first = runs.findOrStart("302", "caseload-csv-v1", 1, "ab".repeat(32), "a.csv", now);
        ImportRun second = runs.findOrStart("302", "caseload-csv-v1", 1, "ab".repeat(32), "b.csv", now);
        assertThat(second.runId()).isEqualTo(first.runId());

        assertThat(runs.advance(first, 1, 51, new ImportCounts(50, 0, 0), now)).isTrue();
        assertThat(runs.advance(second, 1, 51, new ImportCounts(50, 0, 0), now))
                .as("the other process moved it on meanwhile").isFalse();
        assertThat(runs.find("302", "caseload-csv-v1", "ab".repeat(32)))
                .hasValueSatisfying(run -> assertThat(run.lastCommittedRow()).isEqualTo(51));
    }

    private static EhcPlan withSectionAText(EhcPlan plan, String text) {
        PlanSections s = plan.sections();
        return new EhcPlan(plan.planId(), plan.owningCouncil(), plan.status(), plan.ceasedReason(), plan.dates(),
                plan.child(), plan.needTypes(), new PlanSections(new NarrativeSection(s.a().author(), text), s.b(),
                s.c(), s.d(), s.e(), s.f(), s.g(), s.h1(), s.h2(), s.i(), s.j(), s.k()));
    }

    private CaseloadImporter.Result run(Path file, String council, long maxRows) throws IOException {
        return importer().run(new CaseloadImporter.Request(file, CaseloadFileFormat.of(file), council, 50, maxRows,
                dir.resolve("report.csv")), ImportProgress.NONE);
    }

    private static CaseloadImporter importer() {
        return hub.getBean(CaseloadImporter.class);
    }

    private static JdbcClient jdbc() {
        return hub.getBean(JdbcClient.class);
    }

    private static int plansOf(String council) {
        return jdbc().sql("SELECT COUNT(*) FROM ehc_plan WHERE owning_la = ?").param(council).query(Integer.class).single();
    }

    private static int auditCount(String council, String outcome) {
        return jdbc().sql("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'plan.import' AND outcome = ?")
                .params(council, outcome).query(Integer.class).single();
    }
}
