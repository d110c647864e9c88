package uk.ehcexchange.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ehcexchange.adapters.caseload.CaseloadFormatException;
import uk.ehcexchange.adapters.caseload.CaseloadRow;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.Violation;

/**
 * Golden files per section, one named input and one expected output per case, in both directions: a canonical plan
 * (JSON) is written as the expected CSV, and that CSV reads back as the same plan.
 */
class CaseloadCsvGoldenTest {

    /** The golden plan of the canonical model: every section filled, 34 KB of realistic text. */
    static final String GOLDEN_PLAN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan-919-full", "child-and-dates", "ceased-plan", "narrative-sections-a-to-d",
            "outcomes-section-e", "provision-sections-f-to-h2", "placement-section-i-college",
            "placement-section-i-draft", "placement-section-i-otherwise-than-at-school", "personal-budget-section-j",
            "advice-section-k"})
    void aPlanIsWrittenAsItsGoldenCsvAndReadBackUnchanged(String name) throws IOException {
        EhcPlan plan = GoldenFiles.plan(name.equals("plan-919-full") ? GOLDEN_PLAN : "/csv/golden/" + name + ".json");

        StringWriter csv = new StringWriter();
        List<String> notCarried;
        try (CaseloadCsvWriter writer = new CaseloadCsvWriter(csv, CaseloadLayout.fitting(List.of(plan)))) {
            notCarried = writer.write(plan);
        }
        assertThat(notCarried).as("fields the row cannot carry").isEmpty();
        GoldenFiles.assertMatches(csv.toString(), "/csv/golden/" + name + ".csv");

        List<CaseloadRow> rows = readAll(GoldenFiles.bytes("/csv/golden/" + name + ".csv"));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.violations()).isEmpty();
            assertThat(GoldenFiles.json(row.plan())).isEqualTo(GoldenFiles.json(plan));
            assertThat(row.plan()).isEqualTo(plan);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty-values"})
    void whatARowCannotCarryIsReportedByPath(String name) throws IOException {
        EhcPlan plan = GoldenFiles.plan("/csv/not-carried/" + name + ".json");

        StringWriter csv = new StringWriter();
        List<String> notCarried;
        try (CaseloadCsvWriter writer = new CaseloadCsvWriter(csv, CaseloadLayout.fitting(List.of(plan)))) {
            notCarried = writer.write(plan);
        }
        GoldenFiles.assertMatches(csv.toString(), "/csv/not-carried/" + name + ".csv");
        GoldenFiles.assertMatches(String.join("\n", notCarried) + "\n", "/csv/not-carried/" + name + ".not-carried.txt");
        assertThat(readAll(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).get(0).plan())
                .as("what was not carried did not arrive").isNotEqualTo(plan);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unreadable-cells", "list-gap", "broken-rows", "bad-header", "empty-file", "not-utf-8",
            "byte-order-mark"})
    void aBrokenFileIsReportedRowByRow(String name) throws IOException {
        StringWriter report = new StringWriter();
        try (CaseloadErrorReport errors = new CaseloadErrorReport(report)) {
            try (CaseloadCsvReader reader = CaseloadCsvReader.open(
                    new ByteArrayInputStream(GoldenFiles.bytes("/csv/errors/" + name + ".csv")))) {
                for (CaseloadRow row = reader.next(); row != null; row = reader.next()) {
                    for (Violation violation : row.violations()) {
                        errors.add(row.number(), violation);
                    }
                }
            } catch (CaseloadFormatException e) {
                for (Violation violation : e.violations()) {
                    errors.add(e.row(), violation);
                }
            }
        }
        GoldenFiles.assertMatches(report.toString(), "/csv/errors/" + name + ".errors.csv");
    }

    static List<CaseloadRow> readAll(byte[] csv) throws IOException {
        List<CaseloadRow> rows = new ArrayList<>();
        try (CaseloadCsvReader reader = CaseloadCsvReader.open(new ByteArrayInputStream(csv))) {
            for (CaseloadRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
