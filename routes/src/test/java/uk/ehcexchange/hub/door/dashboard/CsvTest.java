package uk.ehcexchange.hub.door.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 writes it, with what a spreadsheet would run as a formula made plain text. */
class CsvTest {

    @Test
    void fieldsThatStartAFormulaArePrefixedWithAnApostrophe() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("-2")).isEqualTo("'-2");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\tx")).isEqualTo("'\tx");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndPlainFieldsAreNot() {
        assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("Dev Patel")).isEqualTo("Dev Patel");
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void aTableIsItsHeaderAndRowsWithCrlf() {
        Table table = new Table("t", "T", List.of("Name", "Count"),
                List.of(List.of(Table.Cell.of("=cmd"), Table.Cell.of(3))), List.of(false, true), false);

        assertThat(Csv.of(table)).isEqualTo("Name,Count\r\n'=cmd,3\r\n");
    }
}
