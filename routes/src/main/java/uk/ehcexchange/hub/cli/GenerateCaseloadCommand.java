package uk.ehcexchange.hub.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import uk.ehcexchange.adapters.councilxml.CouncilXmlCaseloadWriter;
import uk.ehcexchange.adapters.csv.CaseloadCsvWriter;
import uk.ehcexchange.adapters.csv.CaseloadLayout;
import uk.ehcexchange.hub.bulk.CaseloadFileFormat;
import uk.ehcexchange.hub.config.ClockConfiguration;
import uk.ehcexchange.samples.SyntheticCaseload;

/**
 * {@code generate-caseload}: a caseload file (CSV or council XML) of invented children, to try {@code import-caseload} and to load-test it.
 * Generated at run time, so no caseload file lives in the repository.
 */
@Command(name = "generate-caseload", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a caseload file (caseload CSV v1, schemas/caseload-csv-v1.md, or a council XML Caseload, "
                + "council-xml-v1.xsd) of invented children, for demonstrations and load tests: NHS numbers from the "
                + "999 test range, valid UPNs, varied plans. Never real data."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "1:failed", "2:usage error"})
final class GenerateCaseloadCommand extends OperatorCommand {

    @Option(names = "--council", required = true, paramLabel = "LA", converter = ImportCaseloadCommand.LaCode.class,
            description = "DfE code of the council that owns the plans.")
    String council;

    @Option(names = "--plans", paramLabel = "COUNT", defaultValue = "" + SyntheticCaseload.HERTFORDSHIRE_PLANS,
            description = "How many plans (default ${DEFAULT-VALUE}, Hertfordshire's caseload in January 2025).")
    int plans;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "The same seed, council and date give the same caseload (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write; must not exist.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ImportCaseloadCommand.FormatName.class,
            description = "csv or council-xml (default: council-xml for a file named *.xml, csv otherwise).")
    CaseloadFileFormat format;

    @Override
    int execute() throws CliException, IOException {
        if (plans < 1) {
            throw new ParameterException(spec.commandLine(), "--plans must be at least 1");
        }
        SyntheticCaseload caseload = new SyntheticCaseload(council, seed, LocalDate.now(ClockConfiguration.ENGLAND));
        try (NewFiles files = new NewFiles()) {
            Path file = files.reserve(out, NewFiles.Secrecy.PUBLIC);
            if ((format != null ? format : CaseloadFileFormat.of(out)) == CaseloadFileFormat.COUNCIL_XML) {
                writeCouncilXml(caseload, file);
            } else {
                writeCsv(caseload, file);
            }
            files.commit();
            out().printf(Locale.UK, "Wrote %,d invented plans for council %s to %s (%,d bytes)%n", plans, council, out,
                    Files.size(file));
        }
        return OK;
    }

    private void writeCsv(SyntheticCaseload caseload, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CaseloadCsvWriter csv = new CaseloadCsvWriter(writer, CaseloadLayout.of(SyntheticCaseload.maxListSizes()))) {
            for (int i = 0; i < plans; i++) {
                mustFit(csv.write(caseload.plan(i)));
            }
        }
    }

    private void writeCouncilXml(SyntheticCaseload caseload, Path file) throws IOException {
        try (CouncilXmlCaseloadWriter xml = new CouncilXmlCaseloadWriter(
                new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (int i = 0; i < plans; i++) {
                mustFit(xml.write(caseload.plan(i)));
            }
        }
    }

    private static void mustFit(List<?> notCarried) {
        if (!notCarried.isEmpty()) {
            throw new IllegalStateException("the format must carry the generator's plans whole: " + notCarried);
        }
    }
}
