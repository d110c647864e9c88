package uk.ehcexchange.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.caseload.CaseloadRow;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.samples.SyntheticCaseload;

class CaseloadCsvRoundTripTest {

    private static final EhcPlan GOLDEN = GoldenFiles.plan(CaseloadCsvGoldenTest.GOLDEN_PLAN);

    @Test
    void aGeneratedCaseloadRoundTripsWithoutLoss() throws IOException {
        SyntheticCaseload caseload = new SyntheticCaseload("919", 7, LocalDate.of(2026, 11, 23));
        List<EhcPlan> plans = caseload.plans(400).toList();

        StringWriter csv = new StringWriter();
        try (CaseloadCsvWriter writer = new CaseloadCsvWriter(csv, CaseloadLayout.of(SyntheticCaseload.maxListSizes()))) {
            for (EhcPlan plan : plans) {
                assertThat(writer.write(plan)).as(plan.planId()).isEmpty();
            }
        }
        List<CaseloadRow> rows = CaseloadCsvGoldenTest.readAll(csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            assertThat(rows.get(i).violations()).isEmpty();
            assertThat(rows.get(i).number()).isEqualTo(i + 2);
            assertThat(rows.get(i).plan()).isEqualTo(plans.get(i));
        }
    }

    /**
     * Independent of the mapper's own walk of the model: every value in the golden plan's JSON has a column of that
     * name, so no canonical field is outside the format.
     */
    @Test
    void everyFieldOfTheGoldenPlanHasAColumn() throws IOException {
        JsonNode json = CanonicalJson.mapper().valueToTree(GOLDEN);
        Set<String> leaves = new LinkedHashSet<>();
        collectLeaves(json, "", leaves);

        List<String> columns = CaseloadCsv.columns(CaseloadLayout.fitting(List.of(GOLDEN)));

        assertThat(leaves).hasSizeGreaterThan(250);
        assertThat(columns).containsAll(leaves);
    }

    @Test
    void entriesBeyondTheLayoutAreReportedAndTheRestArrives() throws IOException {
        CaseloadLayout small = CaseloadLayout.of(Map.of("needTypes", 1, "sections.E.outcomes", 8,
                "sections.F.items", 10, "sections.G.items", 4, "sections.H1.items", 2, "sections.H2.items", 2,
                "sections.J.lines", 3, "sections.K.advice", 9));
        StringWriter csv = new StringWriter();
        List<String> notCarried;
        try (CaseloadCsvWriter writer = new CaseloadCsvWriter(csv, small)) {
            notCarried = writer.write(GOLDEN);
        }

        assertThat(notCarried).containsExactly("needTypes[1]", "sections.E.outcomes[8]", "sections.E.outcomes[9]",
                "sections.J.lines[3]");
        EhcPlan read = CaseloadCsvGoldenTest.readAll(csv.toString().getBytes(StandardCharsets.UTF_8)).get(0).plan();
        assertThat(read.sections().e().outcomes()).isEqualTo(GOLDEN.sections().e().outcomes().subList(0, 8));
        assertThat(read.sections().j().lines()).isEqualTo(GOLDEN.sections().j().lines().subList(0, 3));
        assertThat(read.sections().f()).isEqualTo(GOLDEN.sections().f());
    }

    @Test
    void columnsMayComeInAnyOrderAndAbsentColumnsAreAbsentFields() throws IOException {
        StringWriter written = new StringWriter();
        try (CaseloadCsvWriter writer = new CaseloadCsvWriter(written, CaseloadLayout.fitting(List.of(GOLDEN)))) {
            writer.write(GOLDEN);
        }
        List<CsvRecordReader.CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(written.toString()), 1 << 24, 20_000)) {
            for (var record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, records.get(0).cells().size()).boxed().toList());
        Collections.shuffle(order, new Random(11));
        order.remove(Integer.valueOf(records.get(0).cells().indexOf("child.postcode")));
        StringWriter shuffled = new StringWriter();
        try (CsvWriter writer = new CsvWriter(shuffled)) {
            for (var record : records) {
                writer.write(order.stream().map(record.cells()::get).toList());
            }
        }

        EhcPlan read = CaseloadCsvGoldenTest.readAll(shuffled.toString().getBytes(StandardCharsets.UTF_8)).get(0).plan();

        assertThat(read.child().postcode()).isNull();
        assertThat(read.sections()).isEqualTo(GOLDEN.sections());
        assertThat(read.child().nhsNumber()).isEqualTo(GOLDEN.child().nhsNumber());
    }

    /** The specification lists every column; this keeps the document and the mapper in step. */
    @Test
    void theSpecificationListsEveryColumn() throws IOException {
        String spec = Files.readString(Path.of("../schemas/caseload-csv-v1.md"));
        Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\| (text|date|code|boolean|integer|decimal|id list) \\|").matcher(spec);
        List<String> documented = new ArrayList<>();
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(documented).containsExactlyElementsOf(CaseloadCsv.columns(CaseloadLayout.uniform(1)).stream()
                .map(column -> column.replace("[0]", "[i]")).toList());
    }

    private static void collectLeaves(JsonNode node, String path, Set<String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    collectLeaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves));
        } else if (node.isArray() && (node.isEmpty() || node.get(0).isValueNode())) {
            leaves.add(path); // a list of identifiers shares one cell
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLeaves(node.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            leaves.add(path);
        }
    }
}
