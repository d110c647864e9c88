package uk.ehcexchange.adapters.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.fhirpackage.FhirNpmPackage;

/**
 * The FHIR NPM package the build makes of our definitions (ehc-schemas, {@link FhirNpmPackage}) is what an ICB
 * needs: HAPI's {@link NpmPackage} reads its manifest and index, every definition of the folder is in it, and HAPI's
 * {@link NpmPackageValidationSupport} loads it and validates the hub's plan documents with it, UK Core 2.0.0 (its
 * dependency, from ../shared) beside it, as an ICB's validator would. Needs ehc-schemas built by Maven (the package
 * is made at process-classes), not only compiled by an IDE.
 */
class FhirNpmPackageTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final Path DEFINITIONS = Path.of("../schemas/src/main/resources" + FhirDefinitions.CLASSPATH_FOLDER);
    private static FhirValidator validator;

    @BeforeAll
    static void loadThePackageAsAnIcbWould() throws IOException {
        assumeTrue(UkCore.present(), UkCore::absentReason);
        NpmPackageValidationSupport ours = new NpmPackageValidationSupport(FHIR);
        ours.loadPackageFromClasspath("classpath:" + FhirNpmPackage.CLASSPATH_TGZ);
        PrePopulatedValidationSupport ukCore = new PrePopulatedValidationSupport(FHIR);
        FhirDefinitions.ukCore(FHIR, UkCore.folder()).forEach(ukCore::addResource);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR), ours,
                ukCore, new CommonCodeSystemsTerminologyService(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        // FHIR's extensible bindings: one coding from the value set satisfies them, ours may stand beside it
        chain.setCodeableConceptValidationSuccessfulIfNotAllCodingsAreValid(true);
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    @Test
    void theManifestNamesThePackageItsFhirVersionAndDependencies() throws IOException {
        NpmPackage npm = builtPackage();

        assertThat(npm.name()).isEqualTo("uk.ehcexchange.fhir");
        assertThat(npm.version()).isEqualTo(FhirNpmPackage.packageVersion(npm.version()))
                .doesNotContain("SNAPSHOT");
        assertThat(npm.fhirVersion()).isEqualTo("4.0.1");
        assertThat(npm.dependencies()).containsExactlyInAnyOrder("hl7.fhir.r4.core#4.0.1", "fhir.r4.ukcore.stu2#2.0.0");
        assertThat(npm.canonical()).isEqualTo(EhcFhir.BASE);
    }

    @Test
    void everyDefinitionOfTheFolderIsInTheIndexWithItsCanonical() throws IOException {
        NpmPackage npm = builtPackage();
        List<String> folder;
        try (Stream<Path> files = Files.list(DEFINITIONS)) {
            folder = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }

        assertThat(npm.listResources("StructureDefinition", "CodeSystem", "ValueSet")).containsExactlyInAnyOrderElementsOf(folder);
        assertThat(Files.readAllLines(DEFINITIONS.resolve("index.txt")).stream().filter(l -> !l.isBlank()).map(String::strip))
                .as("what the hub's own validator loads (index.txt) is what it publishes")
                .containsExactlyInAnyOrderElementsOf(folder);
        assertThat(npm.getFolders().get("package").getTypes().keySet())
                .containsExactlyInAnyOrder("StructureDefinition", "CodeSystem", "ValueSet");
        for (NpmPackage.PackageResourceInformation info : npm.listIndexedResources("StructureDefinition",
                "CodeSystem", "ValueSet")) {
            assertThat(info.getUrl()).as(info.getFilename()).startsWith(EhcFhir.BASE + "/" + info.getResourceType() + "/");
            assertThat(info.getVersion()).as(info.getFilename()).isNotBlank();
        }
        assertThat(npm.getFolders().get("package").fetchFile(".index.json")).as("the index is in the package").isNotNull();
        assertThat(npm.getFolders().get("package").index().asInteger("index-version")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan/plan-919-full.fhir.json", "plan/ceased-plan.fhir.json",
            "plan/section-i-draft-without-establishment.fhir.json", "advice/advice-919.document.fhir.json"})
    void aValidatorLoadedWithThePackageAcceptsTheHubsDocuments(String path) {
        Bundle document = FHIR.newJsonParser().parseResource(Bundle.class, Golden.read(Golden.ROOT + path));

        assertThat(errors(document)).isEmpty();
    }

    @Test
    void andRefusesACodeOurCodeSystemDoesNotDefine() {
        Bundle plan = FHIR.newJsonParser().parseResource(Bundle.class,
                Golden.read(Golden.ROOT + "plan/plan-919-full.fhir.json"));
        Composition composition = (Composition) plan.getEntryFirstRep().getResource();
        Extension status = composition.getExtensionByUrl(EhcFhir.EXT_PLAN_STATUS);
        ((org.hl7.fhir.r4.model.CodeType) status.getValue()).setValue("NOT-A-STATUS");

        assertThat(errors(plan)).anySatisfy(message -> assertThat(message.getMessage()).contains("NOT-A-STATUS"));
    }

    private static List<SingleValidationMessage> errors(Bundle bundle) {
        List<SingleValidationMessage> errors = validator.validateWithResult(bundle).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
        errors.forEach(e -> System.out.println(e.getLocationString() + ": " + e.getMessage()));
        return errors;
    }

    private static NpmPackage builtPackage() throws IOException {
        try (InputStream tgz = FhirNpmPackageTest.class.getClassLoader().getResourceAsStream(FhirNpmPackage.CLASSPATH_TGZ)) {
            assertThat(tgz).as(FhirNpmPackage.CLASSPATH_TGZ + " on the classpath (ehc-schemas built by Maven?)").isNotNull();
            return NpmPackage.fromPackage(tgz);
        }
    }
}
