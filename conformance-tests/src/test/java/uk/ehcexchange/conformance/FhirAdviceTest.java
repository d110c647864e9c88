package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.model.HealthAdvice;

/**
 * The done-when of issue 4, trust side: Hertfordshire (919) asks its community trust for health advice through
 * the council API; the trust's system, a HAPI FHIR client, finds the Task, starts work on it and posts its advice
 * as a FHIR document; Hertfordshire's advice inbox shows it with the 6-week timeliness recorded.
 */
class FhirAdviceTest {

    private static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    private final RunningHub hub = RunningHub.get();
    private final TrustSystem trust = new TrustSystem(hub, TRUST);

    @Test
    void aTrustPicksUpItsTaskAnswersWithAFhirDocumentAndTheCouncilsInboxShowsIt() {
        JsonNode request = ask();
        String requestId = request.get("requestId").asText();
        IGenericClient fhir = trust.client();

        Bundle work = fhir.search().byUrl("Task?owner:identifier=" + ODS + "|" + TRUST + "&status=requested")
                .returnBundle(Bundle.class).execute();
        assertThat(ids(work)).contains(requestId);
        assertThat(ids(fhir.search().byUrl("Task?owner=" + TRUST + "&status=requested,accepted")
                .returnBundle(Bundle.class).execute())).contains(requestId);

        Task task = fhir.read().resource(Task.class).withId(requestId).execute();
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(task.getOwner().getIdentifier().getSystem()).isEqualTo(ODS);
        assertThat(task.getOwner().getIdentifier().getValue()).isEqualTo(TRUST);
        assertThat(task.getRequester().getIdentifier().getValue()).isEqualTo("919");
        assertThat(task.getRestriction().getPeriod().getEndElement().getValueAsString())
                .isEqualTo(request.get("dueOn").asText())
                .isEqualTo(LocalDate.parse(request.get("requestedOn").asText()).plusWeeks(6).toString());
        Patient child = (Patient) task.getContained().stream().filter(Patient.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(task.getFor().getReference()).isEqualTo("#child");
        assertThat(child.getMeta().getProfile().get(0).getValue())
                .isEqualTo("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
        assertThat(child.getIdentifierFirstRep().getSystem()).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
        assertThat(child.getIdentifierFirstRep().getValue()).isEqualTo(request.get("child").get("nhsNumber").asText());
        assertThat(task.getFocus().getReference()).isEqualTo("#request");
        assertThat(task.getContained()).anySatisfy(r -> assertThat(r).isInstanceOf(ServiceRequest.class));

        task.setStatus(Task.TaskStatus.ACCEPTED);
        MethodOutcome accepted = fhir.update().resource(task).execute();
        assertThat(((Task) accepted.getResource()).getStatus()).isEqualTo(Task.TaskStatus.ACCEPTED);
        fhir.patch().withBody("[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"in-progress\"}]")
                .withId("Task/" + requestId).execute();
        assertThat(fhir.read().resource(Task.class).withId(requestId).execute().getStatus())
                .isEqualTo(Task.TaskStatus.INPROGRESS);

        Bundle document = AdviceBundles.document(AdviceBundles.advice(requestId));
        MethodOutcome posted = fhir.create().resource(document).execute();
        MethodOutcome resent = fhir.create().resource(document).execute();

        assertThat(posted.getCreated()).isTrue();
        assertThat(((OperationOutcome) posted.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
                .contains("delivered to council 919").contains("within the 6-week deadline");
        assertThat(resent.getCreated()).isTrue();
        Task completed = fhir.read().resource(Task.class).withId(requestId).execute();
        assertThat(completed.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
        String responseId = completed.getOutputFirstRep().getValue() instanceof org.hl7.fhir.r4.model.Reference ref
                ? ref.getIdentifier().getValue() : null;
        assertThat(responseId).isNotNull();

        JsonNode inbox = Plans.parse(hub.as("919").get("/api/v1/councils/919/inbox/advice").body());
        assertThat(inbox.findValues("requestId")).filteredOn(id -> id.asText().equals(requestId)).hasSize(1);
        JsonNode item = Plans.parse(hub.as("919").get("/api/v1/councils/919/inbox/advice/" + responseId).body());
        assertThat(item.get("responder").asText()).isEqualTo(TRUST);
        assertThat(item.get("withinDeadline").asBoolean()).isTrue();
        assertThat(item.get("dueOn").asText()).isEqualTo(request.get("dueOn").asText());
        assertThat(item.get("advice").get("needs")).isNotEmpty();
        JsonNode attachment = item.get("advice").get("attachments").get(0);
        HttpResponse<byte[]> letter = hub.as("919").getBytes("/api/v1/councils/919/inbox/advice/" + responseId
                + "/attachments/" + attachment.get("sha256").asText());
        assertThat(new String(letter.body(), StandardCharsets.US_ASCII)).contains(requestId);
        assertThat(letter.headers().allValues("Content-Disposition"))
                .containsExactly("attachment; filename=\"clinic-letter.pdf\"");
        assertThat(letter.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(letter.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void theSameAdviceAsABarsMessageIsAcknowledgedWithTheCorrelationIdEchoed() {
        String requestId = ask().get("requestId").asText();
        HealthAdvice advice = AdviceBundles.advice(requestId);
        Bundle message = AdviceBundles.message(advice);
        String correlationId = UUID.randomUUID().toString();
        String requestIdHeader = UUID.randomUUID().toString();

        HttpResponse<String> answer = trust.send("POST", "/$process-message", "application/fhir+json",
                AdviceBundles.json(message).getBytes(StandardCharsets.UTF_8),
                "X-Correlation-Id", correlationId, "X-Request-Id", requestIdHeader);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Correlation-Id")).hasValue(correlationId);
        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue(requestIdHeader);
        Bundle response = TrustSystem.FHIR.newJsonParser().parseResource(Bundle.class, answer.body());
        assertThat(response.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
        MessageHeader header = (MessageHeader) response.getEntryFirstRep().getResource();
        assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.OK);
        assertThat(header.getResponse().getIdentifier())
                .isEqualTo(message.getEntryFirstRep().getResource().getIdElement().getIdPart());
        Task task = (Task) response.getEntry().get(1).getResource();
        assertThat(task.getIdElement().getIdPart()).isEqualTo(requestId);
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
        JsonNode inbox = Plans.parse(hub.as("919").get("/api/v1/councils/919/inbox/advice").body());
        assertThat(inbox.findValues("requestId")).filteredOn(id -> id.asText().equals(requestId)).hasSize(1);
    }

    @Test
    void adviceAfterSixWeeksIsRecordedAsLate() {
        String requestId = ask(LocalDate.now().minusDays(43)).get("requestId").asText();

        MethodOutcome posted = trust.client().create()
                .resource(AdviceBundles.document(AdviceBundles.advice(requestId))).execute();

        assertThat(((OperationOutcome) posted.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
                .contains("after the 6-week deadline");
        JsonNode request = Plans.parse(hub.as("919").get("/api/v1/advice-requests/" + requestId).body());
        JsonNode item = Plans.parse(hub.as("919").get("/api/v1/councils/919/inbox/advice/"
                + request.get("responseId").asText()).body());
        assertThat(item.get("withinDeadline").asBoolean()).isFalse();
    }

    JsonNode ask() {
        return ask(null);
    }

    JsonNode ask(LocalDate requestedOn) {
        return FhirAdviceTest.ask(hub, TRUST, requestedOn);
    }

    /** Hertfordshire asks {@code recipient} for health advice through the council API. */
    static JsonNode ask(RunningHub hub, String recipient, LocalDate requestedOn) {
        HttpResponse<String> created = hub.as("919").post("/api/v1/councils/919/advice-requests",
                AdviceRequestTest.newRequest("MEDICAL", recipient, requestedOn).toString(), "ask-" + UUID.randomUUID());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Plans.parse(created.body());
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }
}
