package uk.ehcexchange.adapters.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import uk.ehcexchange.model.validation.Violation;

/**
 * Reads RFC 4180 records one at a time from a character stream, keeping at most one record in memory. Text inside
 * quotes is kept exactly, line breaks included, so that prose round-trips unchanged. Records end at CRLF, LF or a
 * lone CR outside quotes.
 *
 * <p>Malformed input never stops the reader: a stray quote, an unterminated quoted field or an oversized record is
 * reported on that record (field {@code $}, the record as a whole) and reading carries on at the next record
 * boundary, so that one bad row does not cost the rest of a file.
 */
public final class CsvRecordReader implements Closeable {

    /**
     * @param number     the record's position in the file, 1 for the first (the header), as a spreadsheet numbers rows
     * @param cells      the fields; empty when the record was too large to keep
     * @param problems   what was wrong with the record's CSV syntax; empty for a well-formed record
     */
    public record CsvRecord(long number, List<String> cells, List<Violation> problems) {

        /** A record with no content: an empty line, or only separators (spreadsheets leave such rows at the end). */
        public boolean isBlank() {
            return problems.isEmpty() && cells.stream().allMatch(String::isEmpty);
        }
    }

    static final String WHOLE_RECORD = "$";

    private static final int EOF = -1;

    private final Reader in;
    private final long maxRecordChars;
    private final int maxCells;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long recordNumber;
    private boolean atStart = true;
    private boolean inRecord;

    /**
     * @param maxRecordChars a record longer than this is skipped (and reported) rather than held in memory
     * @param maxCells       a record with more fields than this is skipped and reported
     */
    public CsvRecordReader(Reader in, long maxRecordChars, int maxCells) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
        this.maxCells = maxCells;
    }

    /** @return the next record, or null at the end of the input */
    public CsvRecord next() throws IOException {
        int c = read();
        if (atStart) {
            atStart = false;
            if (c == '\uFEFF') {
                c = read(); // a byte order mark, as spreadsheets write it, is not part of the first column's name
            }
        }
        if (c == EOF) {
            return null;
        }
        recordNumber++;
        inRecord = true;
        CsvRecord record = new RecordParser(c).parse();
        inRecord = false;
        return record;
    }

    /** The number of the record being read, or about to be read when between records. */
    public long currentRow() {
        return inRecord ? recordNumber : recordNumber + 1;
    }

    /** The number of the last record returned (0 before the first). */
    public long recordNumber() {
        return recordNumber;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return EOF;
            }
        }
        return buffer[position++];
    }

    /** Consumes a LF that follows a CR, so that CRLF ends a record once. */
    private void skipLineFeed() throws IOException {
        int c = read();
        if (c != '\n' && c != EOF) {
            position--;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The state of one record being read. */
    private final class RecordParser {
        private final List<String> cells = new ArrayList<>();
        private final List<Violation> problems = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private long chars;
        private boolean tooLarge;
        private final int first;

        RecordParser(int first) {
            this.first = first;
        }

        CsvRecord parse() throws IOException {
            int c = first;
            while (true) {
                c = c == '"' ? quoted() : unquoted(c);
                endCell();
                if (c != ',') {
                    break;
                }
                c = read();
            }
            if (tooLarge) {
                problems.clear();
                problems.add(new Violation(WHOLE_RECORD, "csv-row-too-large",
                        "the row is larger than the reader accepts (" + maxRecordChars + " characters or "
                                + maxCells + " cells); it was skipped"));
                cells.clear();
            }
            return new CsvRecord(recordNumber, List.copyOf(cells), List.copyOf(problems));
        }

        /** Reads an unquoted field starting with {@code c}; returns the character that ended it. */
        private int unquoted(int c) throws IOException {
            while (true) {
                switch (c) {
                    case EOF, ',' -> {
                        return c;
                    }
                    case '\r' -> {
                        skipLineFeed();
                        return '\n';
                    }
                    case '\n' -> {
                        return c;
                    }
                    case '"' -> {
                        problem("csv-quote", "has a double quote inside an unquoted field; quote the whole field "
                                + "and double the quote");
                        append(c);
                    }
                    default -> append(c);
                }
                c = read();
            }
        }

        /** Reads a quoted field whose opening quote was consumed; returns the character after the closing quote. */
        private int quoted() throws IOException {
            while (true) {
                int c = read();
                if (c == EOF) {
                    problem("csv-unterminated-quote", "has a quoted field that is never closed");
                    return EOF;
                }
                if (c != '"') {
                    append(c);
                    continue;
                }
                int next = read();
                if (next == '"') {
                    append('"');
                    continue;
                }
                if (next == '\r') {
                    skipLineFeed();
                    return '\n';
                }
                if (next == ',' || next == '\n' || next == EOF) {
                    return next;
                }
                problem("csv-quote", "has text after the closing quote of a field");
                return unquoted(next);
            }
        }

        private void append(int c) {
            if (tooLarge) {
                return;
            }
            if (++chars > maxRecordChars) {
                tooLarge = true;
                cell.setLength(0);
                return;
            }
            cell.append((char) c);
        }

        private void endCell() {
            if (!tooLarge) {
                if (cells.size() >= maxCells) {
                    tooLarge = true;
                } else {
                    cells.add(cell.toString());
                }
            }
            cell.setLength(0);
        }

        private void problem(String rule, String message) {
            if (problems.stream().noneMatch(p -> p.rule().equals(rule))) {
                problems.add(new Violation(WHOLE_RECORD, rule, message));
            }
        }
    }
}
