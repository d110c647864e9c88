package uk.ehcexchange.hub.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import uk.ehcexchange.adapters.caseload.CaseloadReader;
import uk.ehcexchange.adapters.councilxml.CouncilXmlCaseloadReader;
import uk.ehcexchange.adapters.csv.CaseloadCsv;
import uk.ehcexchange.adapters.csv.CaseloadCsvReader;

/** The formats a caseload file may come in, each with the name an import run records. */
public enum CaseloadFileFormat {

    /** caseload CSV v1 (schemas/caseload-csv-v1.md) */
    CSV(CaseloadCsv.FORMAT, 1) {
        @Override
        CaseloadReader open(InputStream in) throws IOException {
            return CaseloadCsvReader.open(in);
        }
    },
    /** a {@code Caseload} of council XML v1 (council-xml-v1.xsd) */
    COUNCIL_XML(CouncilXmlCaseloadReader.FORMAT, 0) {
        @Override
        CaseloadReader open(InputStream in) throws IOException {
            return CouncilXmlCaseloadReader.open(in);
        }
    };

    private final String recordedAs;
    private final long beforeFirst;

    /** @param beforeFirst the number of what comes before the first entry: the CSV header is row 1, the first plan row 2 */
    CaseloadFileFormat(String recordedAs, long beforeFirst) {
        this.recordedAs = recordedAs;
        this.beforeFirst = beforeFirst;
    }

    /** Reads up to the first entry, checking what comes before it (the CSV header, the XML document element). */
    abstract CaseloadReader open(InputStream in) throws IOException;

    String recordedAs() {
        return recordedAs;
    }

    long beforeFirst() {
        return beforeFirst;
    }

    /** Council XML for a file named {@code *.xml}, caseload CSV otherwise. */
    public static CaseloadFileFormat of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml") ? COUNCIL_XML : CSV;
    }
}
