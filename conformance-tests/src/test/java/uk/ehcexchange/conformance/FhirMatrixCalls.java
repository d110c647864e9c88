package uk.ehcexchange.conformance;

import static uk.ehcexchange.conformance.MatrixOperation.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Task;
import uk.ehcexchange.adapters.fhir.FhirIssue;
import uk.ehcexchange.adapters.fhir.FhirProfileValidator;

/**
 * How the matrix calls each interaction and operation the FHIR CapabilityStatement lists. The Task of every call
 * is owned by the trust RY4 (Hertfordshire asked it for health advice); the {@link Caller#TRUST} column is another
 * trust (RWH), which must not learn that the Task exists. An answer is its status; every FHIR resource that comes
 * back, refusals' OperationOutcomes included, must validate, and a search must show nobody else's Task — an answer
 * that breaks either says so after its status, so that it fails its cell.
 */
final class FhirMatrixCalls {

    private static final String JSON = "application/fhir+json";
    private static final Supplier<FhirProfileValidator> VALIDATOR = shared(() -> {
        FhirProfileValidator validator = new FhirProfileValidator(TrustSystem.FHIR);
        validator.warmUp();
        return validator;
    });

    private final RunningHub hub;
    private final MatrixCredentials credentials;
    private final MatrixFixtures fixtures;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FhirMatrixCalls(RunningHub hub, MatrixCredentials credentials) {
        this.hub = hub;
        this.credentials = credentials;
        this.fixtures = new MatrixFixtures(hub);
    }

    List<MatrixOperation> operations() {
        List<MatrixOperation> ops = new ArrayList<>();
        ops.add(new MatrixOperation("GET /fhir/metadata", caller -> observe(send(caller, "GET", "/metadata", null,
                null), null)));
        ops.add(new MatrixOperation("GET /fhir/package.tgz", caller -> {
            HttpResponse<String> answer = send(caller, "GET", "/package.tgz", null, null);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            return answer.statusCode() + (answer.statusCode() == 200 && !type.equals("application/gzip")
                    ? " (not the package: " + type + ")" : "");
        }));
        Supplier<String> task = shared(fixtures::medicalRequest);
        ops.add(new MatrixOperation("FHIR Task read", caller -> observe(send(caller, "GET", "/Task/" + task.get(),
                null, null), null)));
        ops.add(new MatrixOperation("FHIR Task search-type", caller -> {
            String taskId = task.get();
            return observe(send(caller, "GET", "/Task?status=requested", null, null),
                    caller == Caller.RIGHT ? null : taskId);
        }));
        ops.add(new MatrixOperation("FHIR Task update", caller -> {
            String requestId = fixtures.medicalRequest();
            Task owned = new TrustSystem(hub, RunningHub.TRUST).client().read().resource(Task.class)
                    .withId(requestId).execute();
            owned.setStatus(Task.TaskStatus.ACCEPTED);
            return observe(send(caller, "PUT", "/Task/" + requestId, JSON,
                    TrustSystem.FHIR.newJsonParser().encodeResourceToString(owned)), null);
        }));
        ops.add(new MatrixOperation("FHIR Task patch", caller -> observe(send(caller, "PATCH",
                "/Task/" + fixtures.medicalRequest(), "application/json-patch+json",
                "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"in-progress\"}]"), null)));
        ops.add(new MatrixOperation("FHIR Bundle create", caller -> observe(send(caller, "POST", "/Bundle", JSON,
                AdviceBundles.json(AdviceBundles.document(AdviceBundles.advice(fixtures.medicalRequest())))), null)));
        ops.add(new MatrixOperation("FHIR $process-message", caller -> observe(send(caller, "POST",
                "/$process-message", JSON,
                AdviceBundles.json(AdviceBundles.message(AdviceBundles.advice(fixtures.medicalRequest())))), null)));
        Supplier<String> definition = shared(this::processMessageDefinition);
        ops.add(new MatrixOperation("FHIR OperationDefinition read", caller -> observe(send(caller, "GET",
                "/OperationDefinition/" + definition.get(), null, null), null)));
        return ops;
    }

    /** The id of the OperationDefinition the CapabilityStatement gives for $process-message. */
    private String processMessageDefinition() {
        CapabilityStatement statement = TrustSystem.FHIR.newJsonParser().parseResource(CapabilityStatement.class,
                hub.anonymous().get("/fhir/metadata", JSON).body());
        String canonical = statement.getRestFirstRep().getOperationFirstRep().getDefinition();
        return canonical.substring(canonical.lastIndexOf('/') + 1);
    }

    /**
     * The status, followed by what is wrong with the answer if anything is.
     *
     * @param notToShow a Task id a search must not return, or null
     */
    private static String observe(HttpResponse<String> response, String notToShow) {
        String status = String.valueOf(response.statusCode());
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/fhir+")) {
            return status + " (not FHIR: " + type + ")";
        }
        IBaseResource resource;
        try {
            resource = (type.contains("xml") ? TrustSystem.FHIR.newXmlParser() : TrustSystem.FHIR.newJsonParser())
                    .parseResource(response.body());
        } catch (RuntimeException unreadable) {
            return status + " (unreadable FHIR: " + unreadable.getMessage() + ")";
        }
        if (response.statusCode() >= 400 && !(resource instanceof OperationOutcome)) {
            return status + " (a refusal that is not an OperationOutcome)";
        }
        List<FhirIssue> errors = VALIDATOR.get().validate(resource).stream().filter(FhirIssue::isError).toList();
        if (!errors.isEmpty()) {
            return status + " (invalid " + resource.fhirType() + ": " + errors.get(0) + ")";
        }
        if (notToShow != null && resource instanceof Bundle bundle && bundle.getEntry().stream()
                .anyMatch(e -> e.getResource() != null
                        && notToShow.equals(e.getResource().getIdElement().getIdPart()))) {
            return status + " (shows another's Task " + notToShow + ")";
        }
        return status;
    }

    private HttpResponse<String> send(Caller caller, String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.base().resolve("/fhir" + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", JSON)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        String bearer = credentials.fhirBearer(caller);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
