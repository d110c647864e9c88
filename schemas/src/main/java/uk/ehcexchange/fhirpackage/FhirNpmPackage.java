package uk.ehcexchange.fhirpackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lays out the hub's FHIR definitions (the profiles, extensions, CodeSystems and ValueSets under
 * {@code uk/ehcexchange/schemas/fhir/}) as a FHIR NPM package, so that an ICB or trust can load them into its own
 * validator. Maven runs it at build time ({@code schemas/pom.xml}): it copies every {@code *.json} definition of
 * that folder into {@code package/}, writes {@code package/package.json} and {@code package/.index.json} beside
 * them, and the build then packs the folder as {@link #CLASSPATH_TGZ}, which the hub serves. Reading the folder
 * (rather than a list) means a definition added there is in the next build's package without anyone editing this.
 *
 * <p>The layout is the FHIR NPM Package Specification's: a gzipped tar with everything under {@code package/};
 * the index is in its {@code index-version} 2 form, the one HAPI FHIR's {@code NpmPackage} reads without
 * rebuilding it.
 */
public final class FhirNpmPackage {

    /** The package's name (its id on a FHIR package registry). */
    public static final String NAME = "uk.ehcexchange.fhir";

    /** Where the built package sits on the hub's classpath, in the ehc-schemas jar. */
    public static final String CLASSPATH_TGZ = "uk/ehcexchange/schemas/fhir-package/package.tgz";

    /** The canonical base of every definition in the package. */
    public static final String CANONICAL = "https://schemas.ehcexchange.uk/fhir";

    /**
     * FHIR R4 itself, and UK Core STU2, which the Composition profiles derive from and whose Patient profile the
     * hub's documents claim. UK Core's own staging repository names its package {@code UKCore.R4.STU.02.00.00};
     * the FHIR package registries publish it as {@code fhir.r4.ukcore.stu2}, the name a package client resolves.
     */
    static final Map<String, String> DEPENDENCIES = Map.of("hl7.fhir.r4.core", "4.0.1",
            "fhir.r4.ukcore.stu2", "2.0.0");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INDEXED = List.of("id", "url", "version", "kind", "type", "supplements",
            "content", "valueSet", "derivation");

    private FhirNpmPackage() {
    }

    /**
     * @param args the folder of definitions, the package folder to fill (its {@code package/}), and the Maven
     *             project version
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: FhirNpmPackage <definitions folder> <package folder> <version>");
        }
        write(Path.of(args[0]), Path.of(args[1]), args[2]);
    }

    /** Copies the definitions into {@code target} and writes its package.json and .index.json. */
    public static void write(Path definitions, Path target, String mavenVersion) throws IOException {
        Files.createDirectories(target);
        ArrayNode files = JSON.createArrayNode();
        for (Path file : definitionFiles(definitions)) {
            JsonNode resource = JSON.readTree(file.toFile());
            if (!resource.hasNonNull("resourceType")) {
                throw new IllegalArgumentException(file + " is not a FHIR resource (no resourceType)");
            }
            Files.copy(file, target.resolve(file.getFileName().toString()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            files.add(indexEntry(file.getFileName().toString(), resource));
        }
        ObjectNode index = JSON.createObjectNode().put("index-version", 2);
        index.set("files", files);
        JSON.writerWithDefaultPrettyPrinter().writeValue(target.resolve(".index.json").toFile(), index);
        JSON.writerWithDefaultPrettyPrinter().writeValue(target.resolve("package.json").toFile(),
                manifest(packageVersion(mavenVersion)));
    }

    /**
     * A Maven version as a package version: FHIR packages use SemVer, and by convention lower case, so
     * {@code 0.1.0-SNAPSHOT} becomes {@code 0.1.0-snapshot} and a release such as {@code 1.2.0} stays as it is.
     */
    public static String packageVersion(String mavenVersion) {
        if (!mavenVersion.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?")) {
            throw new IllegalArgumentException("not a major.minor.patch[-qualifier] version: " + mavenVersion);
        }
        return mavenVersion.toLowerCase(Locale.ROOT);
    }

    static ObjectNode manifest(String version) {
        ObjectNode manifest = JSON.createObjectNode()
                .put("name", NAME)
                .put("version", version)
                .put("description", "EHC Exchange: the profiles, extensions, code systems and value sets of the EHC "
                        + "plans and health advice documents the hub exchanges with NHS trusts and ICBs")
                .put("author", "EHC Exchange")
                .put("canonical", CANONICAL)
                .put("url", CANONICAL)
                .put("type", "fhir.ig")
                .put("jurisdiction", "urn:iso:std:iso:3166#GB");
        manifest.putArray("fhirVersions").add("4.0.1");
        ObjectNode dependencies = manifest.putObject("dependencies");
        DEPENDENCIES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(d -> dependencies.put(d.getKey(), d.getValue()));
        return manifest;
    }

    private static ObjectNode indexEntry(String filename, JsonNode resource) {
        ObjectNode entry = JSON.createObjectNode().put("filename", filename)
                .put("resourceType", resource.get("resourceType").asText());
        for (String field : INDEXED) {
            if (resource.hasNonNull(field) && resource.get(field).isValueNode()) {
                entry.put(field, resource.get(field).asText());
            }
        }
        return entry;
    }

    private static List<Path> definitionFiles(Path definitions) throws IOException {
        try (Stream<Path> files = Files.list(definitions)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }
}
