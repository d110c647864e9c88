package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Unmatched;
import uk.ehcexchange.adapters.caseload.CaseloadFormatException;
import uk.ehcexchange.hub.bulk.BulkImportContext;
import uk.ehcexchange.hub.bulk.CaseloadFileFormat;
import uk.ehcexchange.hub.bulk.CaseloadImporter;
import uk.ehcexchange.hub.bulk.ConcurrentImportException;
import uk.ehcexchange.hub.bulk.ImportCounts;
import uk.ehcexchange.hub.support.SettingValues;
import uk.ehcexchange.model.reference.EnglishLocalAuthorities;

/**
 * {@code import-caseload}: a council's caseload file into the hub's database, with the rules a plan submitted through
 * the API passes. It opens the hub's database with the hub's own settings; console output is counts and file names,
 * never a value from the file.
 */
@Command(name = "import-caseload", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a council's caseload file (caseload CSV v1, schemas/caseload-csv-v1.md, or a council XML "
                + "Caseload, council-xml-v1.xsd) into the hub's database: every plan is validated and stored as if "
                + "submitted through the API.",
                "Uses the hub's database and settings: a hub running on the embedded database must be stopped first. "
                        + "Hub settings may follow as --spring.*=VALUE or --ehc.*=VALUE (passwords only through the "
                        + "environment, e.g. SPRING_DATASOURCE_PASSWORD).",
                "Running the same file again continues after the last committed row; imported plans are never "
                        + "stored twice."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row imported or already in the hub",
                "1:failed: unreadable file or header, rows that are not UTF-8, XML that is not well-formed, database "
                        + "unavailable or in use",
                "2:usage error", "3:the end of the file was reached but some rows were rejected: see the error report",
                "4:stopped at --max-rows: run the same command again to continue"})
final class ImportCaseloadCommand extends OperatorCommand {

    static final int REJECTED_ROWS = 3;
    static final int STOPPED = 4;

    private static final Pattern HUB_SETTING = Pattern.compile("--(spring|ehc|logging)\\.[A-Za-z0-9_.\\[\\]-]+=.*");

    @Option(names = "--council", required = true, paramLabel = "LA", converter = LaCode.class,
            description = "DfE code of the council whose caseload it is; every plan must be owned by it.")
    String council;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The caseload file.")
    Path in;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatName.class,
            description = "csv or council-xml (default: council-xml for a file named *.xml, csv otherwise).")
    CaseloadFileFormat format;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the error report (CSV: row, field, rule, message; in council XML the row is "
                    + "the plan's position, the first EhcPlan being 1). Default: beside the "
                    + "input, named <input>.errors.csv.")
    Path report;

    @Option(names = "--batch-size", paramLabel = "ROWS", defaultValue = "" + CaseloadImporter.DEFAULT_BATCH_SIZE,
            description = "Rows committed per transaction (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--max-rows", paramLabel = "ROWS", defaultValue = "0",
            description = "Stop after this many rows; the next run of the same file continues there (default: the "
                    + "whole file).")
    long maxRows;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto", converter = ProgressMode.class,
            description = "auto (a bar on a terminal, periodic lines otherwise), bar, lines or none. On stderr.")
    ProgressDisplay.Mode progress;

    @Unmatched
    List<String> hubSettings = new ArrayList<>();

    @Override
    int execute() throws CliException, IOException {
        checkArguments();
        if (!Files.isRegularFile(in)) {
            throw new CliException("no such file: " + in);
        }
        Path reportFile = report != null ? report : defaultReport(in);
        if (format == null) {
            format = CaseloadFileFormat.of(in);
        }
        ProgressDisplay display = new ProgressDisplay(err(), progress, System::nanoTime);
        try (ConfigurableApplicationContext hub = openHub()) {
            CaseloadImporter.Result result = hub.getBean(CaseloadImporter.class).run(
                    new CaseloadImporter.Request(in, format, council, batchSize, maxRows, reportFile), display);
            return summarise(result, reportFile);
        } catch (ConcurrentImportException e) {
            throw new CliException(e.getMessage());
        }
    }

    private void checkArguments() {
        for (String setting : hubSettings) {
            if (!HUB_SETTING.matcher(setting).matches()) {
                throw new ParameterException(spec.commandLine(), "Unknown option or argument: '" + setting
                        + "' (hub settings are given as --spring.NAME=VALUE or --ehc.NAME=VALUE)");
            }
            if (setting.substring(0, setting.indexOf('=')).toLowerCase(Locale.ROOT).contains("password")) {
                throw new ParameterException(spec.commandLine(), "passwords are never given on the command line: "
                        + "set them in the environment (e.g. SPRING_DATASOURCE_PASSWORD) or the hub's config file");
            }
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be 1 to 10000");
        }
        if (maxRows < 0) {
            throw new ParameterException(spec.commandLine(), "--max-rows must not be negative");
        }
    }

    private ConfigurableApplicationContext openHub() throws CliException {
        try {
            return BulkImportContext.start(hubSettings);
        } catch (BulkImportContext.DatabaseInUseException e) {
            throw new CliException(e.getMessage());
        } catch (RuntimeException e) {
            throw new CliException("cannot open the hub's database: " + innermost(e).getMessage());
        }
    }

    private int summarise(CaseloadImporter.Result result, Path reportFile) {
        ImportCounts counts = result.counts();
        if (result.run() != null) {
            out().printf("Caseload %s for council %s (import run %s)%n", in.getFileName(), council,
                    result.run().runId());
            out().printf(Locale.UK, "  rows this time   %,9d%n", result.rowsThisTime());
            out().printf(Locale.UK, "  imported         %,9d%n", counts.imported());
            out().printf(Locale.UK, "  already present  %,9d%n", counts.present());
            out().printf(Locale.UK, "  rejected         %,9d%n", counts.rejected());
        }
        out().printf(Locale.UK, "Error report: %s (%,d rows)%n", reportFile, result.reportedRows());
        switch (result.outcome()) {
            case ALREADY_COMPLETED -> out().println("This file was already imported for council " + council
                    + "; nothing more to do.");
            case STOPPED -> out().println("Stopped after --max-rows; run the same command again to continue.");
            case FILE_REJECTED -> {
                CaseloadFormatException problem = result.fileProblem();
                err().println("error: the file cannot be read " + where(problem.row()) + ": "
                        + problem.violations().get(0).field() + " " + problem.violations().get(0).message()
                        + (result.run() == null ? "; nothing was imported." : "; the rows before it are imported.")
                        + " See the error report.");
                return FAILED;
            }
            case COMPLETED -> out().println("Done: the whole file has been read.");
        }
        if (result.outcome() == CaseloadImporter.Outcome.STOPPED) {
            return STOPPED;
        }
        return counts.rejected() > 0 ? REJECTED_ROWS : OK;
    }

    private String where(long row) {
        if (format == CaseloadFileFormat.CSV) {
            return "at row " + row;
        }
        return row == 0 ? "before the first plan" : "at plan " + row;
    }

    private static Path defaultReport(Path input) {
        String name = input.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".csv") || lower.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
        return input.resolveSibling(stem + ".errors.csv");
    }

    private static Throwable innermost(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A known DfE LA code, checked while parsing so that a typo is a usage error. */
    static final class LaCode implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!EnglishLocalAuthorities.isKnownLaCode(value)) {
                throw new TypeConversionException("'" + value + "' is not the DfE code of an English local authority");
            }
            return value;
        }
    }

    /** The format's name as the operator writes it: csv, council-xml. */
    static final class FormatName implements ITypeConverter<CaseloadFileFormat> {
        @Override
        public CaseloadFileFormat convert(String value) {
            try {
                return SettingValues.parse(CaseloadFileFormat.class, value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of csv, council-xml");
            }
        }
    }

    static final class ProgressMode implements ITypeConverter<ProgressDisplay.Mode> {
        @Override
        public ProgressDisplay.Mode convert(String value) {
            try {
                return ProgressDisplay.Mode.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of auto, bar, lines, none");
            }
        }
    }
}
