package uk.ehcexchange.hub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sen2 export --council 919 --year 2027 --out sen2-919-2027.xml}: asks the running hub for the council's
 * return and writes the XML (owner-only: it holds children's personal data) and, beside it, the report as JSON.
 * Prints the counts and every finding, each naming a child by the council's own case reference, never by name.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a council's SEN2 return for a collection year, and its report of children left out.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written; every child the hub holds for the period is in it",
                "1:refused or failed; nothing written", "2:usage error",
                "3:written, but children were left out (see the report)"})
final class Sen2ExportCommand extends OperatorCommand {

    static final int INCOMPLETE = 3;

    @Option(names = "--council", required = true, paramLabel = "LA", description = "The council's DfE LA code.")
    String council;

    @Option(names = "--year", required = true, paramLabel = "YYYY",
            description = "The collection year: 2027 is the return of January 2027.")
    String year;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the XML.")
    Path out;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the report as JSON (default: the XML's name + .report.json).")
    Path report;

    @Option(names = "--dmo", paramLabel = "Y|N|R",
            description = "Designated Medical Officer (default: the hub's ehc.sen2.councils.<LA>.dmo setting).")
    String dmo;

    @Option(names = "--dco", paramLabel = "Y|N|R", description = "Designated Clinical Officer (as --dmo).")
    String dco;

    @Option(names = "--dsco", paramLabel = "Y|N|R", description = "Designated Social Care Officer (as --dmo).")
    String dsco;

    @Option(names = "--serial-no", paramLabel = "NNN", description = "The file's 3-digit serial number.")
    String serialNo;

    @Mixin
    HubConnectionOptions connection;

    @Override
    int execute() throws CliException, IOException {
        Path reportFile = report != null ? report : out.resolveSibling(out.getFileName() + ".report.json");
        StringBuilder path = new StringBuilder("/actuator/sen2/").append(OperatorApi.encode(council)).append('/')
                .append(OperatorApi.encode(year));
        char separator = '?';
        for (String[] parameter : new String[][] {{"dmo", dmo}, {"dco", dco}, {"dsco", dsco},
                {"serialNo", serialNo}}) {
            if (parameter[1] != null) {
                path.append(separator).append(parameter[0]).append('=').append(OperatorApi.encode(parameter[1]));
                separator = '&';
            }
        }
        try (NewFiles files = new NewFiles()) {
            Path xmlFile = files.reserve(out, NewFiles.Secrecy.SECRET);
            Path jsonFile = files.reserve(reportFile, NewFiles.Secrecy.PUBLIC);
            JsonNode answer = new OperatorApi(connection.hub, connection.key()).get(path.toString());
            Files.writeString(xmlFile, answer.path("xml").asText(), StandardCharsets.UTF_8);
            JsonNode found = answer.path("report");
            Files.writeString(jsonFile, OperatorApi.json().writerWithDefaultPrettyPrinter().writeValueAsString(found),
                    StandardCharsets.UTF_8);
            files.commit();
            out().printf("SEN2 %s return for council %s (period %s to census day %s): %d children reported, "
                            + "%d left out, %d requests, %d active plans; XSD %s%n",
                    found.path("year").asText(), found.path("council").asText(), found.path("periodStart").asText(),
                    found.path("referenceDate").asText(), found.path("personsReported").asInt(),
                    found.path("personsLeftOut").asInt(), found.path("requests").asInt(),
                    found.path("activePlans").asInt(), found.path("schemaValid").asBoolean() ? "valid" : "INVALID");
            for (JsonNode finding : found.path("findings")) {
                out().printf("  row %s, item %s, %s: %s%n", finding.path("row").asText("-"),
                        finding.path("item").asText(), finding.path("rule").asText(), finding.path("message").asText());
            }
            out().printf("XML: %s%nReport: %s%n", out, reportFile);
            return found.path("personsLeftOut").asInt() == 0 && found.path("schemaValid").asBoolean()
                    ? OK : INCOMPLETE;
        }
    }
}
