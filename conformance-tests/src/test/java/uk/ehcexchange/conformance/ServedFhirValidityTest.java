package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import java.io.ByteArrayInputStream;
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
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.fhir.EhcFhir;
import uk.ehcexchange.adapters.fhir.FhirIssue;
import uk.ehcexchange.adapters.fhir.FhirProfileValidator;
import uk.ehcexchange.fhirpackage.FhirNpmPackage;

/**
 * Every kind of FHIR resource the hub serves (Task read and search, the search Bundle, Task update and patch
 * answers, the CapabilityStatement, the OperationDefinition, the answer to advice and to {@code $process-message},
 * and the OperationOutcome of each kind of refusal) and sends (the plan document Bundle an ICB receives), checked as
 * it went over the wire by HAPI's {@code FhirValidator} against FHIR R4, UK Core 2.0.0 (from ../shared) and the
 * hub's own profiles, extensions, code systems and value sets. No errors; no warnings about codes or displays (a
 * code is used exactly as the hub's code system defines it); every profile a resource claims is known. And the
 * definitions themselves are served, to anyone, as the FHIR NPM package the build made.
 */
class ServedFhirValidityTest {

    private static final String JSON = "application/fhir+json";
    private static final String XML = "application/fhir+xml";
    private static FhirProfileValidator validator;

    private final RunningHub hub = RunningHub.get();
    private final TrustSystem trust = new TrustSystem(hub, TRUST);
    private final MatrixFixtures fixtures = new MatrixFixtures(hub);

    @BeforeAll
    static void loadUkCore() {
        Path ukCore = Path.of(System.getProperty("ehc.shared.dir", "../../shared"), "fhir", "uk-core-2.0.0");
        Assumptions.assumeTrue(Files.isDirectory(ukCore.resolve("structuredefinitions")),
                "UK Core definitions not found at " + ukCore + " (../shared/fhir/uk-core-2.0.0 from the project root)");
        validator = new FhirProfileValidator(TrustSystem.FHIR, ukCore);
        validator.warmUp();
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
        List<FhirIssue> issues = validator.validate(resource);
        issues.stream().filter(i -> i.severity() != IssueSeverity.INFORMATION)
                .forEach(i -> System.out.println(what + ": " + i));
        assertThat(issues).as(what + ": errors").filteredOn(FhirIssue::isError).isEmpty();
        assertThat(issues).as(what + ": warnings about codes").filteredOn(i -> i.severity() == IssueSeverity.WARNING)
                .filteredOn(ServedFhirValidityTest::aboutCodes).isEmpty();
        assertThat(issues).as(what + ": every profile it claims is known")
                .noneMatch(i -> i.diagnostics().toLowerCase(Locale.ROOT).contains("validation_val_profile_unknown"));
        if (resource instanceof OperationOutcome outcome) {
            assertThat(outcome.getIssue()).as(what).isNotEmpty();
        }
    }

    /** A warning about a code, a display or a binding: the message ids of HAPI's terminology checks. */
    private static boolean aboutCodes(FhirIssue issue) {
        String text = issue.diagnostics().toLowerCase(Locale.ROOT);
        return issue.code() == OperationOutcome.IssueType.CODEINVALID || text.contains("terminology")
                || text.contains("display") || text.contains("valueset") || text.contains("value set")
                || text.contains("codesystem") || text.contains("code system");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
