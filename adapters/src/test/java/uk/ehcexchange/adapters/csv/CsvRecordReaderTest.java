package uk.ehcexchange.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.csv.CsvRecordReader.CsvRecord;

class CsvRecordReaderTest {

    @Test
    void whatTheWriterQuotesTheReaderGetsBackExactly() throws IOException {
        List<String> awkward = List.of("", "plain", "a,b", "say \"hi\"", "\"", "line\nbreak", "crlf\r\nbreak",
                "lone\rcr", " spaces ", "tab\there", "emoji 🚂", "=SUM(A1)");
        StringWriter out = new StringWriter();
        try (CsvWriter writer = new CsvWriter(out)) {
            writer.write(awkward);
            writer.write(awkward);
        }

        List<CsvRecord> records = read(out.toString(), 1_000, 100);

        assertThat(records).hasSize(2).allSatisfy(record -> {
            assertThat(record.cells()).containsExactlyElementsOf(awkward);
            assertThat(record.problems()).isEmpty();
        });
    }

    @Test
    void recordsEndAtCrlfLfOrALoneCrOutsideQuotes() throws IOException {
        List<CsvRecord> records = read("a,b\r\nc,d\ne,f\rg,h", 1_000, 100);

        assertThat(records).extracting(CsvRecord::cells)
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
        assertThat(records).extracting(CsvRecord::number).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void anOversizedRecordIsSkippedAndReadingCarriesOn() throws IOException {
        String big = "x".repeat(500);
        List<CsvRecord> records = read("a,b\r\n\"" + big + "\r\n" + big + "\",b\r\nc,d\r\n" + "1,".repeat(50) + "1\r\ne,f\r\n",
                100, 10);

        assertThat(records).hasSize(5);
        assertThat(records.get(1).cells()).isEmpty();
        assertThat(records.get(1).problems()).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo("csv-row-too-large"));
        assertThat(records.get(2).cells()).containsExactly("c", "d");
        assertThat(records.get(3).problems()).as("too many cells").singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo("csv-row-too-large"));
        assertThat(records.get(4).cells()).containsExactly("e", "f");
    }

    @Test
    void separatorsAloneMakeABlankRecord() throws IOException {
        List<CsvRecord> records = read("a,b\r\n,\r\n\r\n\"\",x\r\n", 1_000, 100);

        assertThat(records).extracting(CsvRecord::isBlank).containsExactly(false, true, true, false);
    }

    private static List<CsvRecord> read(String csv, long maxChars, int maxCells) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(csv), maxChars, maxCells)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
