package uk.ehcexchange.adapters.fhir;

import java.nio.file.Files;
import java.nio.file.Path;

/** The UK Core 2.0.0 definitions in ../shared, which only development and CI machines have. */
final class UkCore {

    private UkCore() {
    }

    static Path folder() {
        return Path.of(System.getProperty("ehc.shared.dir", "../../shared")).resolve("fhir/uk-core-2.0.0").normalize();
    }

    static boolean present() {
        return Files.isDirectory(folder().resolve("structuredefinitions"));
    }

    static String absentReason() {
        return "UK Core definitions not found at " + folder() + " (../shared/fhir/uk-core-2.0.0 from the project root)";
    }
}
