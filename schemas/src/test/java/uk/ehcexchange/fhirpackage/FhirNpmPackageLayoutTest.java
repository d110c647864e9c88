package uk.ehcexchange.fhirpackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link FhirNpmPackage} lays out a package folder: whatever definitions the folder holds (so one added by
 * another change is packaged without editing a list), the manifest, and an index entry per definition with the
 * fields the FHIR NPM Package Specification's index-version 2 names. That HAPI reads the built package is
 * FhirNpmPackageTest's business (ehc-adapters).
 */
class FhirNpmPackageLayoutTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path definitions;

    @TempDir
    Path target;

    @Test
    void everyDefinitionOfTheFolderIsCopiedAndIndexed() throws IOException {
        Files.writeString(definitions.resolve("CodeSystem-new-one.json"), """
                {"resourceType": "CodeSystem", "id": "new-one", "url": "https://schemas.ehcexchange.uk/fhir/CodeSystem/new-one",
                 "version": "1.0.0", "content": "complete", "concept": [{"code": "a", "display": "A"}]}""");
        Files.writeString(definitions.resolve("StructureDefinition-X.json"), """
                {"resourceType": "StructureDefinition", "id": "X", "url": "https://schemas.ehcexchange.uk/fhir/StructureDefinition/X",
                 "version": "1.0.0", "kind": "complex-type", "type": "Extension", "derivation": "constraint"}""");
        Files.writeString(definitions.resolve("index.txt"), "not a definition\n");

        FhirNpmPackage.write(definitions, target, "2.3.0-SNAPSHOT");

        assertThat(target.resolve("CodeSystem-new-one.json")).exists();
        assertThat(target.resolve("index.txt")).doesNotExist();
        JsonNode index = JSON.readTree(target.resolve(".index.json").toFile());
        assertThat(index.get("index-version").asInt()).isEqualTo(2);
        assertThat(index.get("files")).hasSize(2);
        JsonNode codeSystem = index.get("files").get(0);
        assertThat(codeSystem.get("filename").asText()).isEqualTo("CodeSystem-new-one.json");
        assertThat(codeSystem.get("resourceType").asText()).isEqualTo("CodeSystem");
        assertThat(codeSystem.get("url").asText()).endsWith("/CodeSystem/new-one");
        assertThat(codeSystem.get("content").asText()).isEqualTo("complete");
        JsonNode extension = index.get("files").get(1);
        assertThat(extension.get("kind").asText()).isEqualTo("complex-type");
        assertThat(extension.get("type").asText()).isEqualTo("Extension");
        JsonNode manifest = JSON.readTree(target.resolve("package.json").toFile());
        assertThat(manifest.get("name").asText()).isEqualTo("uk.ehcexchange.fhir");
        assertThat(manifest.get("version").asText()).isEqualTo("2.3.0-snapshot");
        assertThat(manifest.get("fhirVersions").get(0).asText()).isEqualTo("4.0.1");
        assertThat(manifest.get("dependencies").get("hl7.fhir.r4.core").asText()).isEqualTo("4.0.1");
        assertThat(manifest.get("dependencies").get("fhir.r4.ukcore.stu2").asText()).isEqualTo("2.0.0");
    }

    @Test
    void aJsonFileThatIsNoFhirResourceStopsTheBuild() throws IOException {
        Files.writeString(definitions.resolve("notes.json"), "{\"hello\": 1}");

        assertThatThrownBy(() -> FhirNpmPackage.write(definitions, target, "1.0.0"))
                .hasMessageContaining("notes.json").hasMessageContaining("resourceType");
    }

    @Test
    void mavenVersionsBecomePackageVersions() {
        assertThat(FhirNpmPackage.packageVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1.0-snapshot");
        assertThat(FhirNpmPackage.packageVersion("1.2.0")).isEqualTo("1.2.0");
        assertThatThrownBy(() -> FhirNpmPackage.packageVersion("1.2")).isInstanceOf(IllegalArgumentException.class);
    }
}
