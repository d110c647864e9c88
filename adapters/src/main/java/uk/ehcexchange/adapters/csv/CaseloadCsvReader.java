package uk.ehcexchange.adapters.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import uk.ehcexchange.adapters.caseload.CaseloadFormatException;
import uk.ehcexchange.adapters.caseload.CaseloadReader;
import uk.ehcexchange.adapters.caseload.CaseloadRow;
import uk.ehcexchange.adapters.csv.CsvRecordReader.CsvRecord;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.Violation;

/**
 * Reads a caseload CSV file (schemas/caseload-csv-v1.md) one row at a time: only the current row is ever in memory,
 * so a file of any size can be read with a small heap. The header is checked when the reader opens; a row's problems
 * are reported on that row and never stop the reader.
 */
public final class CaseloadCsvReader implements CaseloadReader {

    /** Sections A to D may each hold 100,000 characters; a row many times that is not a plan. */
    public static final long MAX_ROW_CHARS = 16L * 1024 * 1024;
    /** Far above the widest layout the format allows (every repeating group at 500 entries). */
    public static final int MAX_COLUMNS = 20_000;

    private final CsvRecordReader records;
    private final FlatColumns columns;

    private CaseloadCsvReader(CsvRecordReader records, FlatColumns columns) {
        this.records = records;
        this.columns = columns;
    }

    /** Opens UTF-8 bytes strictly: a byte sequence that is not UTF-8 stops the reader with the row it is in. */
    public static CaseloadCsvReader open(InputStream utf8) throws IOException {
        return open(new StrictUtf8Reader(utf8));
    }

    /** Reads and checks the header. */
    public static CaseloadCsvReader open(Reader in) throws IOException {
        CsvRecordReader records = new CsvRecordReader(in, MAX_ROW_CHARS, MAX_COLUMNS);
        try {
            CsvRecord header = decoded(records);
            if (header == null || header.isBlank()) {
                throw new CaseloadFormatException(1, List.of(new Violation(CsvRecordReader.WHOLE_RECORD,
                        "csv-header-required", "the first row must be the header naming the columns")));
            }
            if (!header.problems().isEmpty()) {
                throw new CaseloadFormatException(1, header.problems());
            }
            return new CaseloadCsvReader(records,
                    FlatColumns.forHeader(CaseloadCsv.SHAPE, header.cells(), CaseloadCsv.REQUIRED_COLUMNS));
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    public List<String> columns() {
        return columns.names();
    }

    /** @return the next data row, or null at the end of the file; blank rows are passed over */
    @Override
    public CaseloadRow next() throws IOException {
        CsvRecord record;
        do {
            record = decoded(records);
            if (record == null) {
                return null;
            }
        } while (record.isBlank());
        if (!record.problems().isEmpty()) {
            return new CaseloadRow(record.number(), null, record.problems());
        }
        if (record.cells().size() != columns.names().size()) {
            return new CaseloadRow(record.number(), null, List.of(new Violation(CsvRecordReader.WHOLE_RECORD,
                    "csv-column-count", "has " + record.cells().size() + " cells; the header has "
                    + columns.names().size() + " columns")));
        }
        List<Violation> violations = new ArrayList<>();
        EhcPlan plan = (EhcPlan) columns.read(record.cells(), violations);
        return new CaseloadRow(record.number(), plan, violations);
    }

    @Override
    public long skipThrough(long row) throws IOException {
        while (records.recordNumber() < row && decoded(records) != null) {
            // only the CSV syntax is read, to find where each row ends
        }
        return records.recordNumber();
    }

    private static CsvRecord decoded(CsvRecordReader records) throws IOException {
        try {
            return records.next();
        } catch (CharacterCodingException e) {
            long row = records.currentRow();
            throw new CaseloadFormatException(row, List.of(new Violation(CsvRecordReader.WHOLE_RECORD,
                    "utf-8", "row " + row + " is not valid UTF-8; the file must be saved as UTF-8")));
        }
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
