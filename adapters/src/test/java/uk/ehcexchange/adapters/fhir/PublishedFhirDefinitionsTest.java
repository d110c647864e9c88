package uk.ehcexchange.adapters.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

/**
 * The definitions published in ehc-schemas are exactly what {@link FhirDefinitionsGenerator} builds, with
 * snapshots. The Composition profiles derive from UK Core Composition, so their snapshots can only be generated
 * where ../shared has UK Core; elsewhere their differentials are still compared and the reason is printed.
 * {@code -Dehc.golden.update=true} rewrites the published files.
 */
class PublishedFhirDefinitionsTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final Path PUBLISHED = Path.of("../schemas/src/main/resources" + FhirDefinitions.CLASSPATH_FOLDER);
    private static final boolean UPDATE = Boolean.getBoolean("ehc.golden.update");

    @Test
    void publishedDefinitionsAreTheGeneratedOnes() throws IOException {
        Map<String, MetadataResource> generated = FhirDefinitionsGenerator.all();
        boolean ukCore = UkCore.present();
        if (!ukCore) {
            System.out.println("Comparing the Composition profiles' differentials only: " + UkCore.absentReason());
        }
        addSnapshots(generated, ukCore);
        String index = String.join("\n", generated.keySet()) + "\n";
        if (UPDATE) {
            Files.createDirectories(PUBLISHED);
            Files.writeString(PUBLISHED.resolve("index.txt"), index, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PUBLISHED.resolve("index.txt"), StandardCharsets.UTF_8)).isEqualTo(index);
        for (Map.Entry<String, MetadataResource> entry : generated.entrySet()) {
            Path file = PUBLISHED.resolve(entry.getKey());
            MetadataResource resource = entry.getValue();
            if (UPDATE && (ukCore || !FhirDefinitionsGenerator.isCompositionProfile(resource))) {
                Files.writeString(file, json(resource), StandardCharsets.UTF_8);
            }
            MetadataResource published = (MetadataResource) FHIR.newJsonParser()
                    .parseResource(Files.readString(file, StandardCharsets.UTF_8));
            if (!ukCore && FhirDefinitionsGenerator.isCompositionProfile(resource)) {
                ((StructureDefinition) published).setSnapshot(null);
            }
            assertThat(json(published)).as(entry.getKey()).isEqualTo(json(resource));
        }
    }

    @Test
    void everyProfileIsPublishedWithASnapshot() {
        for (Object resource : FhirDefinitions.ours(FHIR)) {
            if (resource instanceof StructureDefinition sd) {
                assertThat(sd.hasSnapshot()).as(sd.getUrl()).isTrue();
                assertThat(sd.getSnapshot().getElement()).as(sd.getUrl()).hasSizeGreaterThan(3);
            }
        }
    }

    private static String json(MetadataResource resource) {
        return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource) + "\n";
    }

    private static void addSnapshots(Map<String, MetadataResource> generated, boolean ukCore) {
        PrePopulatedValidationSupport definitions = new PrePopulatedValidationSupport(FHIR);
        generated.values().forEach(definitions::addResource);
        if (ukCore) {
            FhirDefinitions.ukCore(FHIR, UkCore.folder()).forEach(definitions::addResource);
        }
        SnapshotGeneratingValidationSupport snapshots = new SnapshotGeneratingValidationSupport(FHIR);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR), definitions,
                new CommonCodeSystemsTerminologyService(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                snapshots);
        for (MetadataResource resource : generated.values()) {
            if (resource instanceof StructureDefinition sd && (ukCore || !FhirDefinitionsGenerator.isCompositionProfile(sd))) {
                StructureDefinition withSnapshot = (StructureDefinition) snapshots.generateSnapshot(
                        new ValidationSupportContext(chain), sd.copy(), sd.getUrl(), null, sd.getName());
                assertThat(withSnapshot.hasSnapshot()).as("snapshot of " + sd.getUrl()).isTrue();
                sd.setSnapshot(withSnapshot.getSnapshot());
            }
        }
    }
}
