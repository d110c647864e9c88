package uk.ehcexchange.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bulk import of a whole council's caseload through the operator CLI, timed as an operator would time it: the hub's
 * jar generates a caseload of invented plans ({@code generate-caseload}), then imports it ({@code import-caseload})
 * into a fresh embedded database, as a separate JVM with its heap capped. The time is the import process's, from
 * launch to exit: JVM start, opening the database (Flyway), hashing and reading the file, validating and storing
 * every plan.
 *
 * <pre>
 * mvn -B -q -DskipTests -pl benchmarks -am package
 * java -cp benchmarks/target/benchmarks.jar uk.ehcexchange.benchmarks.CaseloadImportHarness \
 *      routes/target/ehc-routes-0.1.0-SNAPSHOT-exec.jar 12920 512m csv
 * </pre>
 * Arguments: the hub's jar, plans (default 12,920, Hertfordshire's caseload), the import's heap (default 512m), the
 * caseload's format: csv (default) or xml (a council XML caseload).
 * It fails (exit 1) unless every plan is imported.
 */
public final class CaseloadImportHarness {

    /** What one run measured. */
    public record Measurement(int plans, String format, long fileBytes, long importMillis, int imported, String heap) {

        @Override
        public String toString() {
            return String.format(Locale.UK, "%,d plans (%,.1f MB of %s) imported in %,.1f s (%,.0f plans/s), heap -Xmx%s",
                    imported, fileBytes / 1e6, format, importMillis / 1e3, imported * 1e3 / importMillis, heap);
        }
    }

    private static final Pattern IMPORTED = Pattern.compile("imported +([0-9,]+)");

    private CaseloadImportHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int plans = args.length > 1 ? Integer.parseInt(args[1]) : 12_920;
        String heap = args.length > 2 ? args[2] : "512m";
        String format = args.length > 3 ? args[3] : "csv";
        Path work = Files.createTempDirectory("caseload-import-");
        try {
            Measurement measurement = run(jar, plans, heap, format, work);
            System.out.println(measurement);
            if (measurement.imported() != plans) {
                System.err.println("FAILED: " + measurement.imported() + " of " + plans + " plans imported");
                System.exit(1);
            }
        } finally {
            delete(work);
        }
    }

    /** @param format the caseload file's extension, which chooses its format: csv or xml */
    public static Measurement run(Path jar, int plans, String heap, String format, Path work)
            throws IOException, InterruptedException {
        Path caseload = work.resolve("caseload." + format);
        Process generate = hub(jar, "-Xmx512m", "generate-caseload", "--council", "919", "--plans",
                String.valueOf(plans), "--out", caseload.toString()).start();
        String generated = output(generate);
        if (generate.waitFor() != 0) {
            throw new IllegalStateException("generate-caseload failed: " + generated);
        }

        long started = System.nanoTime();
        Process importer = hub(jar, "-Xmx" + heap, "import-caseload", "--council", "919", "--in", caseload.toString(),
                "--progress", "lines", "--ehc.data-dir=" + work.resolve("data"))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String summary = output(importer);
        int exit = importer.waitFor();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.print(summary);
        Matcher imported = IMPORTED.matcher(summary);
        if (exit != 0 || !imported.find()) {
            throw new IllegalStateException("import-caseload exited with " + exit + ": " + summary);
        }
        return new Measurement(plans, format.toUpperCase(Locale.ROOT), Files.size(caseload), millis,
                Integer.parseInt(imported.group(1).replace(",", "")), heap);
    }

    private static ProcessBuilder hub(Path jar, String heap, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
