package uk.ehcexchange.hub.bulk;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ehcexchange.adapters.csv.CaseloadCsv;
import uk.ehcexchange.adapters.csv.CaseloadCsvWriter;
import uk.ehcexchange.adapters.csv.CaseloadLayout;
import uk.ehcexchange.adapters.csv.CsvRecordReader;
import uk.ehcexchange.adapters.csv.CsvWriter;
import uk.ehcexchange.hub.config.ClockConfiguration;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.samples.SyntheticCaseload;

/**
 * Builds caseload files for tests: generated plans, and rows broken on purpose at the level of the plan (a rule) or of
 * the CSV (a cell that cannot be read).
 */
public final class CaseloadFiles {

    public static final CaseloadLayout LAYOUT = CaseloadLayout.of(SyntheticCaseload.maxListSizes());
    public static final List<String> COLUMNS = CaseloadCsv.columns(LAYOUT);

    private final List<List<String>> rows = new ArrayList<>();

    public static SyntheticCaseload caseload(String council) {
        return new SyntheticCaseload(council, 2026, LocalDate.now(ClockConfiguration.ENGLAND));
    }

    public CaseloadFiles plan(EhcPlan plan) {
        rows.add(cells(plan));
        return this;
    }

    /** A plan's row with some cells changed, e.g. to text a reader cannot parse. */
    public CaseloadFiles plan(EhcPlan plan, Map<String, String> changedCells) {
        List<String> cells = new ArrayList<>(cells(plan));
        changedCells.forEach((column, value) -> cells.set(COLUMNS.indexOf(column), value));
        rows.add(cells);
        return this;
    }

    /** A row of arbitrary cells, e.g. too few. */
    public CaseloadFiles raw(List<String> cells) {
        rows.add(cells);
        return this;
    }

    public int rows() {
        return rows.size();
    }

    public Path writeTo(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = new CsvWriter(out)) {
            csv.write(COLUMNS);
            for (List<String> row : rows) {
                csv.write(row);
            }
        }
        return file;
    }

    public static List<String> cells(EhcPlan plan) {
        try {
            StringWriter text = new StringWriter();
            try (CaseloadCsvWriter writer = new CaseloadCsvWriter(text, LAYOUT)) {
                if (!writer.write(plan).isEmpty()) {
                    throw new IllegalArgumentException("the test layout must fit the plan");
                }
            }
            try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text.toString()), 1 << 24, 20_000)) {
                reader.next();
                return reader.next().cells();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
