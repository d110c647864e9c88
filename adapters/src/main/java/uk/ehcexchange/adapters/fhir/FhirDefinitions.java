package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Where our FHIR definitions and, optionally, UK Core's come from. Ours ship in ehc-schemas under
 * {@link #CLASSPATH_FOLDER}, listed in {@code index.txt} (a jar cannot be listed reliably).
 */
final class FhirDefinitions {

    static final String CLASSPATH_FOLDER = "/uk/ehcexchange/schemas/fhir/";
    private static final String UK_CORE = "https://fhir.hl7.org.uk/";

    private FhirDefinitions() {
    }

    /** Our published StructureDefinitions, CodeSystems and ValueSets, parsed. */
    static List<IBaseResource> ours(FhirContext fhir) {
        IParser json = fhir.newJsonParser();
        List<IBaseResource> resources = new ArrayList<>();
        for (String name : read(CLASSPATH_FOLDER + "index.txt").split("\n")) {
            if (!name.isBlank()) {
                resources.add(json.parseResource(read(CLASSPATH_FOLDER + name.strip())));
            }
        }
        return resources;
    }

    /** Every definition in a UK Core package folder ({@code structuredefinitions/}, {@code valuesets/}, {@code codesystems/}). */
    static List<IBaseResource> ukCore(FhirContext fhir, Path folder) {
        IParser xml = fhir.newXmlParser();
        List<IBaseResource> resources = new ArrayList<>();
        for (String sub : List.of("structuredefinitions", "valuesets", "codesystems")) {
            Path dir = folder.resolve(sub);
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("not a UK Core package folder: " + sub + "/ is missing");
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                    resources.add(xml.parseResource(Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return resources;
    }

    /**
     * Removes from a profile's snapshot the slices typed by UK Core definitions (UK Core Composition's optional
     * {@code careSettingType} extension), with their children. Without UK Core loaded the validator cannot resolve
     * them and would fail every Composition on "slicing cannot be evaluated"; our documents never use them, and an
     * instance that does carries an extension the validator then treats like any other unknown one.
     */
    static void withoutUkCoreSlices(StructureDefinition profile) {
        List<ElementDefinition> elements = profile.getSnapshot().getElement();
        List<String> removed = new ArrayList<>();
        elements.removeIf(element -> {
            boolean ukCoreTyped = element.hasSliceName() && element.getType().stream()
                    .anyMatch(type -> type.getProfile().stream().anyMatch(p -> p.getValue().startsWith(UK_CORE)));
            boolean child = removed.stream().anyMatch(id -> element.getId().startsWith(id + "."));
            if (ukCoreTyped) {
                removed.add(element.getId());
            }
            return ukCoreTyped || child;
        });
    }

    private static String read(String resource) {
        try (InputStream in = FhirDefinitions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " (ehc-schemas on the classpath?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
