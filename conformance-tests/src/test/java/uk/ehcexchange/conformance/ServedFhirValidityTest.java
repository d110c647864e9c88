package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.fhir.EhcFhir;
import uk.ehcexchange.fhirpackage.FhirNpmPackage;

/**
 * Every kind of FHIR resource the hub serves (Task read and search, the search Bundle, Task update and patch
 * answers, the CapabilityStatement, the OperationDefinition, the answer to advice and to {@code $process-message},
 * and the OperationOutcome of each kind of refusal) and sends (the plan document Bundle an ICB receives), checked as
 * it went over the wire by HAPI's {@code FhirValidator} as an ICB would check it: FHIR R4, UK Core 2.0.0 (from
 * ../shared) and the hub's FHIR NPM package as the build made it (HAPI's {@code NpmPackageValidationSupport}). No
 * errors; no warnings about codes or displays; every profile a resource claims is known; and every coding of one of
 * the hub's code systems is used exactly as that code system defines it (a defined code, with its display). And the
 * definitions themselves are served, to anyone, as that package.
 *
 * <p>One setting departs from HAPI's defaults, as FHIR's extensible bindings intend: a CodeableConcept with a coding
 * from the bound value set and one of ours beside it (a section I Organization's type: FHIR's {@code edu}, which UK
 * Core's OrganizationType asks for, and our establishment type) satisfies the binding. HAPI's default asks every
 * coding to be in the value set; our codings are held to our code systems by the check above instead.
 */
class ServedFhirValidityTest {

    private static final String JSON = "application/fhir+json";
    private static final String XML = "application/fhir+xml";
    private static final String OUR_CODE_SYSTEMS = EhcFhir.BASE + "/CodeSystem/";
    private static FhirValidator validator;
    private static Map<String, CodeSystem> ourCodeSystems;

    private final RunningHub hub = RunningHub.get();
    private final TrustSystem trust = new TrustSystem(hub, TRUST);
    private final MatrixFixtures fixtures = new MatrixFixtures(hub);

    @BeforeAll
    static void loadTheDefinitionsAsAnIcbWould() throws IOException {
        Path ukCoreFolder = Path.of(System.getProperty("ehc.shared.dir", "../../shared"), "fhir", "uk-core-2.0.0");
        Assumptions.assumeTrue(Files.isDirectory(ukCoreFolder.resolve("structuredefinitions")), "UK Core definitions "
                + "not found at " + ukCoreFolder + " (../shared/fhir/uk-core-2.0.0 from the project root)");
        FhirContext fhir = TrustSystem.FHIR;
        NpmPackageValidationSupport ours = new NpmPackageValidationSupport(fhir);
        ours.loadPackageFromClasspath("classpath:" + FhirNpmPackage.CLASSPATH_TGZ);
        ourCodeSystems = ours.fetchAllConformanceResources().stream().filter(CodeSystem.class::isInstance)
                .map(CodeSystem.class::cast).collect(Collectors.toMap(CodeSystem::getUrl, cs -> cs));
        PrePopulatedValidationSupport ukCore = new PrePopulatedValidationSupport(fhir);
        for (String folder : List.of("structuredefinitions", "valuesets", "codesystems")) {
            try (Stream<Path> files = Files.list(ukCoreFolder.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                    ukCore.addResource(fhir.newXmlParser().parseResource(Files.readString(file)));
                }
            }
        }
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir), ours,
                ukCore, new CommonCodeSystemsTerminologyService(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
                new SnapshotGeneratingValidationSupport(fhir));
        chain.setCodeableConceptValidationSuccessfulIfNotAllCodingsAreValid(true);
        FhirInstanceValidator instance = new FhirInstanceValidator(chain);
        // dom-6 "a resource should have narrative" on every contained and entry resource is advice, not a finding
        instance.setBestPracticeWarningLevel(BestPracticeWarningLevel.Ignore);
        validator = fhir.newValidator().registerValidatorModule(instance);
        assertThat(ourCodeSystems).as("our code systems, from the package").isNotEmpty();
    }

    @Test
    void aTaskAsReadInJsonAndXml() {
        String requestId = fixtures.medicalRequest();

        assertValid("Task read", served(trust.send("GET", "/Task/" + requestId, null, null), 200));
        assertValid("Task read (XML)", served(trust.send("GET", "/Task/" + requestId, null, null,
                "Accept", XML), 200));
    }

    @Test
    void theSearchBundleAndEveryTaskInIt() {
        String requestId = fixtures.medicalRequest();

        Bundle bundle = (Bundle) served(trust.send("GET", "/Task?owner=" + TRUST + "&status=requested", null, null),
                200);

        assertThat(bundle.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart()).contains(requestId);
        assertValid("Task search Bundle", bundle);
    }

    @Test
    void theAnswersToATaskUpdateAndPatch() {
        String requestId = fixtures.medicalRequest();
        Task task = trust.client().read().resource(Task.class).withId(requestId).execute();
        task.setStatus(Task.TaskStatus.ACCEPTED);

        assertValid("Task update answer", served(trust.send("PUT", "/Task/" + requestId, JSON,
                TrustSystem.FHIR.newJsonParser().encodeResourceToString(task).getBytes(StandardCharsets.UTF_8),
                "Prefer", "return=representation"), 200));
        assertValid("Task patch answer", served(trust.send("PATCH", "/Task/" + requestId,
                "application/json-patch+json",
                "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"in-progress\"}]".getBytes(StandardCharsets.UTF_8),
                "Prefer", "return=representation"), 200));
    }

    @Test
    void theCapabilityStatementAndTheOperationDefinitionItNames() {
        CapabilityStatement statement = (CapabilityStatement) served(hub.anonymous().get("/fhir/metadata", JSON), 200);
        assertValid("CapabilityStatement", statement);
        assertValid("CapabilityStatement (XML)", served(hub.anonymous().get("/fhir/metadata", XML), 200));

        String canonical = statement.getRestFirstRep().getOperationFirstRep().getDefinition();
        assertValid("OperationDefinition", served(trust.send("GET",
                "/OperationDefinition/" + canonical.substring(canonical.lastIndexOf('/') + 1), null, null), 200));
    }

    @Test
    void theAnswersToAdviceAsADocumentAndAsAMessage() {
        assertValid("advice accepted", served(trust.send("POST", "/Bundle", JSON, bytes(AdviceBundles.json(
                AdviceBundles.document(AdviceBundles.advice(fixtures.medicalRequest()))))), 201));

        assertValid("$process-message response", served(trust.send("POST", "/$process-message", JSON,
                bytes(AdviceBundles.json(AdviceBundles.message(AdviceBundles.advice(fixtures.medicalRequest()))))),
                200));
    }

    @Test
    void theOperationOutcomeOfEachKindOfRefusal() {
        String requestId = fixtures.medicalRequest();
        TrustSystem otherTrust = new TrustSystem(hub, RunningHub.OTHER_TRUST);

        assertValid("401 no token", served(hub.anonymous().get("/fhir/Task/" + requestId, JSON), 401));
        assertValid("404 not owned", served(otherTrust.send("GET", "/Task/" + requestId, null, null), 404));
        assertValid("403 another owner", served(otherTrust.send("GET", "/Task?owner=" + TRUST, null, null), 403));
        assertValid("400 unknown status", served(trust.send("GET", "/Task?status=draft", null, null), 400));
        assertValid("400 malformed JSON", served(trust.send("POST", "/Bundle", JSON, bytes("{\"resourceType\":")),
                400));
        assertValid("422 only status may change", served(trust.send("PATCH", "/Task/" + requestId,
                "application/json-patch+json",
                bytes("[{\"op\":\"replace\",\"path\":\"/owner\",\"value\":{}}]")), 422));
        assertValid("422 completed by a patch", served(trust.send("PATCH", "/Task/" + requestId,
                "application/json-patch+json",
                bytes("[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"completed\"}]")), 422));
        Bundle breaksProfile = AdviceBundles.document(AdviceBundles.advice(requestId));
        Composition composition = (Composition) breaksProfile.getEntryFirstRep().getResource();
        composition.getSection().add(composition.getSection().get(0).copy());
        assertValid("422 breaks our profile", served(trust.send("POST", "/Bundle", JSON,
                bytes(AdviceBundles.json(breaksProfile))), 422));
        assertValid("400 refusal in XML", served(trust.send("GET", "/Task?status=draft", null, null,
                "Accept", XML), 400));
    }

    @Test
    void thePlanDocumentAnIcbReceives() {
        String planId = Plans.freshId();
        assertThat(hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "valid-" + planId)
                .statusCode()).isEqualTo(201);

        IcbFhirServer.Request request = await().atMost(Duration.ofSeconds(60)).until(() -> hub.icb().requests()
                .stream().filter(r -> r.body().contains(planId)).findFirst().orElse(null), r -> r != null);

        assertValid("plan document sent to the ICB", TrustSystem.FHIR.newJsonParser().parseResource(request.body()));
    }

    @Test
    void theFhirPackageIsServedToAnyoneAsTheBuildMadeIt() throws Exception {
        HttpResponse<byte[]> answer = hub.anonymous().getBytes("/fhir/package.tgz");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/gzip");
        try (InputStream built = getClass().getClassLoader().getResourceAsStream(FhirNpmPackage.CLASSPATH_TGZ)) {
            assertThat(built).as("the package the build made").isNotNull();
            assertThat(answer.body()).isEqualTo(built.readAllBytes());
        }
        NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(answer.body()));
        assertThat(npm.name()).isEqualTo(FhirNpmPackage.NAME);
        assertThat(npm.listIndexedResources("StructureDefinition", "CodeSystem", "ValueSet"))
                .extracting(NpmPackage.PackageResourceInformation::getUrl)
                .contains(EhcFhir.PROFILE_EHC_PLAN_COMPOSITION, EhcFhir.PROFILE_HEALTH_ADVICE_COMPOSITION,
                        EhcFhir.EXT_PLAN_STATUS, EhcFhir.CS_ADVICE_TYPE);

        String etag = answer.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                hub.base().resolve("/fhir/package.tgz")).header("If-None-Match", etag).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).as("not changed since").isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    /** The resource a response carries, parsed as the receiver would, after checking its status and media type. */
    private static IBaseResource served(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertThat(type).as("a FHIR media type").startsWith("application/fhir+");
        return (type.contains("xml") ? TrustSystem.FHIR.newXmlParser() : TrustSystem.FHIR.newJsonParser())
                .parseResource(response.body());
    }

    private static void assertValid(String what, IBaseResource resource) {
        List<SingleValidationMessage> messages = validator.validateWithResult(resource).getMessages();
        messages.stream().filter(m -> m.getSeverity() != ResultSeverityEnum.INFORMATION)
                .forEach(m -> System.out.println(what + ": " + m.getSeverity() + " " + m.getLocationString() + " "
                        + m.getMessage() + " [" + m.getMessageId() + "]"));
        assertThat(messages).as(what + ": errors")
                .filteredOn(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .extracting(SingleValidationMessage::getMessage).isEmpty();
        assertThat(messages).as(what + ": warnings about codes")
                .filteredOn(m -> m.getSeverity() == ResultSeverityEnum.WARNING && aboutCodes(m))
                .extracting(SingleValidationMessage::getMessage).isEmpty();
        assertThat(messages).as(what + ": every profile it claims is known")
                .noneMatch(m -> String.valueOf(m.getMessageId()).toLowerCase(Locale.ROOT)
                        .startsWith("validation_val_profile_unknown"));
        if (resource instanceof OperationOutcome outcome) {
            assertThat(outcome.getIssue()).as(what).isNotEmpty();
        }
        assertThat(ourCodings(resource)).as(what + ": codings of our code systems").allSatisfy(coding -> {
            CodeSystem system = ourCodeSystems.get(coding.getSystem());
            assertThat(system).as("a code system of the package: " + coding.getSystem()).isNotNull();
            CodeSystem.ConceptDefinitionComponent concept = system.getConcept().stream()
                    .filter(c -> c.getCode().equals(coding.getCode())).findFirst().orElse(null);
            assertThat(concept).as(coding.getSystem() + " defines " + coding.getCode()).isNotNull();
            assertThat(coding.getDisplay()).as("display of " + coding.getSystem() + "#" + coding.getCode())
                    .isEqualTo(concept.getDisplay());
        });
    }

    /** A message of HAPI's terminology checks: a code, a display, a binding, a value set or a code system. */
    private static boolean aboutCodes(SingleValidationMessage message) {
        String id = String.valueOf(message.getMessageId()).toLowerCase(Locale.ROOT);
        String text = message.getMessage().toLowerCase(Locale.ROOT);
        return id.startsWith("terminology") || id.contains("code") || id.contains("display") || id.contains("valueset")
                || text.contains("display") || text.contains("value set") || text.contains("code system");
    }

    /** Every Coding of one of our code systems anywhere in the resource, contained and entry resources included. */
    private static List<Coding> ourCodings(IBaseResource resource) {
        return TrustSystem.FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Coding.class).stream()
                .filter(c -> c.hasSystem() && c.getSystem().startsWith(OUR_CODE_SYSTEMS)).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
