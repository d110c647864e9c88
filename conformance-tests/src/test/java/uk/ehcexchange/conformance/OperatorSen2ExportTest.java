package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * Issue 15, item 1: the operator CLI {@code ehc-hub sen2 export} against a running hub's management port writes the
 * council's return (valid against the published XSD) and its report beside it, says what it wrote, exits 0 only
 * when no child was left out, and the export is audited; a refused export writes nothing.
 */
class OperatorSen2ExportTest {

    private static final String ACTOR = "operator:" + RunningHub.OPERATOR;
    private static final String XSD = "/uk/ehcexchange/schemas/sen2/sen2-2027.xsd";

    private final RunningHub hub = RunningHub.get();

    @TempDir
    Path dir;

    @Test
    void theReturnAndItsReportAreWrittenTheXmlIsValidAndTheExportIsAudited() throws IOException, SAXException {
        Path xml = dir.resolve("sen2-919-2027.xml");

        OperatorCliRun.Result cli = cli("sen2", "export", "--council", "919", "--year", "2027", "--out", xml.toString(),
                "--dmo", "Y", "--dco", "Y", "--dsco", "N");

        JsonNode report = new ObjectMapper().readTree(dir.resolve("sen2-919-2027.xml.report.json").toFile());
        int leftOut = report.path("personsLeftOut").asInt();
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(leftOut == 0 ? 0 : 3);
        assertThat(cli.out()).contains("SEN2 2027 return for council 919", "census day 2027-01-21",
                report.path("personsReported").asInt() + " children reported", leftOut + " left out", "XSD valid");
        assertThat(Files.readString(xml)).contains("<LEA>919</LEA>", "<DMO>Y</DMO>", "<DSCO>N</DSCO>");
        URL schema = getClass().getResource(XSD);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator()
                .validate(new StreamSource(xml.toFile()));
        assertThat(hub.bean(AuditTrail.class).recent(500)).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo(ACTOR);
            assertThat(event.action()).isEqualTo("sen2.export");
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.ACCEPTED);
            assertThat(event.subjectId()).isEqualTo("919/2027");
        });
    }

    @Test
    void aCollectionYearWithoutACensusDayIsRefusedAndNothingIsWritten() {
        Path xml = dir.resolve("sen2-919-1999.xml");

        OperatorCliRun.Result cli = cli("sen2", "export", "--council", "919", "--year", "1999", "--out", xml.toString(),
                "--dmo", "Y", "--dco", "Y", "--dsco", "N");

        assertThat(cli.exitCode()).as(cli.toString()).isNotZero();
        assertThat(cli.err()).contains("the hub knows the SEN2 census days of", "(HTTP 400)");
        assertThat(xml).doesNotExist();
        assertThat(dir.resolve("sen2-919-1999.xml.report.json")).doesNotExist();
    }

    /** {@code ehc-hub ...}, in-process, against the running hub's management port. */
    private OperatorCliRun.Result cli(String... args) {
        return OperatorCliRun.against(hub, args);
    }
}
