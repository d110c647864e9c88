package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.FhirOutcomes.assertRefused;
import static uk.ehcexchange.conformance.RunningHub.OTHER_TRUST;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * Every way the FHIR front door refuses a request: a 4xx OperationOutcome whose issues carry a code, a severity, a
 * FHIRPath expression and a diagnostic — never a 500 — and an entry in the audit trail.
 */
class FhirRejectionTest {

    private static final String JSON = "application/fhir+json";
    private static final String XML = "application/fhir+xml";
    private static final String EXTENSION = "Bundle.entry.resource.ofType(Composition).extension(";

    private final RunningHub hub = RunningHub.get();
    private final TrustSystem trust = new TrustSystem(hub, TRUST);
    private final TrustSystem otherTrust = new TrustSystem(hub, OTHER_TRUST);

    @Test
    void toATrustThatDoesNotOwnTheTaskItIsNotThereAndItsAdviceIsNotKept() {
        String requestId = requested();
        String unknown = UUID.randomUUID().toString();

        HttpResponse<String> document = postDocument(otherTrust,
                AdviceBundles.document(AdviceBundles.advice(requestId)));
        HttpResponse<String> message = otherTrust.send("POST", "/$process-message", JSON, AdviceBundles.json(
                AdviceBundles.message(AdviceBundles.advice(requestId))).getBytes(StandardCharsets.UTF_8));

        assertRefused(document, 404, "not-found", EXTENSION);
        Answers.assertAnsweredAlike(document, requestId,
                postDocument(otherTrust, AdviceBundles.document(AdviceBundles.advice(unknown))), unknown);
        assertRefused(message, 404, "not-found", "Bundle");
        Answers.assertAnsweredAlike(message, requestId, otherTrust.send("POST", "/$process-message", JSON,
                AdviceBundles.json(AdviceBundles.message(AdviceBundles.advice(unknown)))
                        .getBytes(StandardCharsets.UTF_8)), unknown);
        assertThat(hub.storesDocument(AdviceBundles.sha256(AdviceBundles.report(requestId))))
                .as("the attached letter is not kept").isFalse();
        assertThat(trust.client().read().resource(org.hl7.fhir.r4.model.Task.class).withId(requestId).execute()
                .getStatus()).as("nothing recorded").isEqualTo(org.hl7.fhir.r4.model.Task.TaskStatus.REQUESTED);
        assertAudited("POST /fhir/Bundle", OTHER_TRUST, "not-found");
        assertRefused(otherTrust.send("GET", "/Task?owner=" + TRUST, null, null), 403, "forbidden", "Task.owner");
    }

    @Test
    void anotherTrustsTaskReadsAndChangesAsOneThatDoesNotExist() {
        String requestId = requested();
        String unknown = UUID.randomUUID().toString();

        HttpResponse<String> read = otherTrust.send("GET", "/Task/" + requestId, null, null);
        HttpResponse<String> patched = otherTrust.send("PATCH", "/Task/" + requestId, "application/json-patch+json",
                statusPatch("in-progress"));

        assertRefused(read, 404, "not-found", "Task.id");
        Answers.assertAnsweredAlike(read, requestId, otherTrust.send("GET", "/Task/" + unknown, null, null), unknown);
        assertRefused(patched, 404, "not-found", "Task.id");
        Answers.assertAnsweredAlike(patched, requestId, otherTrust.send("PATCH", "/Task/" + unknown,
                "application/json-patch+json", statusPatch("in-progress")), unknown);
    }

    @Test
    void aClosedTaskTakesNoMoreAdviceAndNoStatusChange() {
        String requestId = requested();
        assertThat(postDocument(trust, AdviceBundles.document(AdviceBundles.advice(requestId))).statusCode())
                .isEqualTo(201);
        byte[] second = ("%PDF-1.4\n% a second letter for " + requestId + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);

        assertRefused(postDocument(trust, AdviceBundles.document(AdviceBundles.advice(requestId, second), second)),
                409, "business-rule", EXTENSION);
        assertThat(hub.storesDocument(AdviceBundles.sha256(second))).as("the second letter is not kept").isFalse();
        assertRefused(trust.send("PATCH", "/Task/" + requestId, "application/json-patch+json",
                statusPatch("in-progress")), 409, "business-rule", "Task");
    }

    @Test
    void adviceForAnUnknownTaskIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        assertRefused(postDocument(trust, AdviceBundles.document(AdviceBundles.advice(unknown))), 404, "not-found",
                EXTENSION);
        assertRefused(trust.send("GET", "/Task/" + unknown, null, null), 404, "not-found", "Task");
    }

    @Test
    void adviceThatBreaksOurProfileIsRefusedNamingTheElementAndTheRule() {
        String requestId = requested();
        Bundle document = AdviceBundles.document(AdviceBundles.advice(requestId));
        Composition composition = (Composition) document.getEntryFirstRep().getResource();
        composition.getSection().add(composition.getSection().get(0).copy());

        var outcome = assertRefused(postDocument(trust, document), 422, "structure",
                "Bundle.entry[0].resource.section");
        assertThat(outcome.getIssue()).anySatisfy(issue -> assertThat(issue.getDiagnostics())
                .contains("EHC-Health-Advice-Composition").contains("maximum allowed = 1"));
    }

    @Test
    void anInvalidNhsNumberIsRefusedByItsCheckDigit() {
        String requestId = requested();
        ObjectNode json = AdviceRequestTest.healthAdvice(requestId);
        Bundle document = AdviceBundles.document(AdviceBundles.withChild(json, "1234567890"));

        var outcome = assertRefused(postDocument(trust, document), 422, "value", "Bundle.entry[");
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue()).endsWith(".identifier[0].value");
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("Modulus 11");
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).doesNotContain("1234567890");
    }

    @Test
    void adviceAboutAnotherChildIsRefused() {
        String requestId = requested();
        Bundle document = AdviceBundles.document(AdviceBundles.withChild(AdviceRequestTest.healthAdvice(requestId),
                "9434765919"));

        assertRefused(postDocument(trust, document), 422, "invariant", "Bundle.entry.resource.ofType(Patient)");
    }

    @Test
    void theWrongResourceTypeIsRefused() {
        Patient patient = new Patient();
        patient.addName().setFamily("Smith");

        assertRefused(trust.send("POST", "/Bundle", JSON,
                TrustSystem.FHIR.newJsonParser().encodeResourceToString(patient).getBytes(StandardCharsets.UTF_8)),
                400, "invalid", "Bundle");
        Bundle collection = new Bundle().setType(Bundle.BundleType.COLLECTION);
        assertRefused(trust.send("POST", "/Bundle", JSON,
                AdviceBundles.json(collection).getBytes(StandardCharsets.UTF_8)),
                422, "invalid", "Bundle.type");
        assertRefused(trust.send("POST", "/$process-message", JSON,
                AdviceBundles.json(AdviceBundles.document(AdviceBundles.advice(requested())))
                        .getBytes(StandardCharsets.UTF_8)), 422, "invalid", "Bundle.type");
    }

    @Test
    void malformedJsonAndXmlAreRefused() {
        assertRefused(trust.send("POST", "/Bundle", JSON,
                "{\"resourceType\": \"Bundle\", \"type\": ".getBytes(StandardCharsets.UTF_8)),
                400, "structure", "Bundle");
        assertRefused(trust.send("POST", "/Bundle", XML,
                "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"document\"/>".getBytes(StandardCharsets.UTF_8),
                "Accept", XML), 400, "structure", "Bundle");
        assertRefused(trust.send("POST", "/Bundle", JSON,
                "{\"resourceType\": \"Bundle\", \"type\": \"document\", \"colour\": \"blue\"}"
                        .getBytes(StandardCharsets.UTF_8)), 400, "structure", "Bundle");
    }

    @Test
    void xmlExternalEntitiesAreRefusedUnread() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Bundle [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <Bundle xmlns="http://hl7.org/fhir"><id value="x"/><type value="document"/>
                  <identifier><value value="&secret;"/></identifier></Bundle>""";

        var outcome = assertRefused(trust.send("POST", "/Bundle", XML, xxe.getBytes(StandardCharsets.UTF_8)), 400,
                "security", "Bundle");
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("DOCTYPE").doesNotContain("root:");
        assertAudited("POST /fhir/Bundle", TRUST, "xml-dtd-forbidden");
    }

    @Test
    void entityExpansionIsRefusedUnread() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append(" <!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<Bundle xmlns=\"http://hl7.org/fhir\"><id value=\"&lol9;\"/></Bundle>");

        assertRefused(trust.send("POST", "/$process-message", XML, laughs.toString().getBytes(StandardCharsets.UTF_8)),
                400, "security", "Bundle");
        // UTF-16 does not smuggle a DTD past the check.
        assertRefused(trust.send("POST", "/Bundle", XML + ";charset=UTF-16",
                laughs.toString().replace("<?xml version=\"1.0\"?>", "").getBytes(StandardCharsets.UTF_16)),
                400, "security", "Bundle");
    }

    @Test
    void aBodyOverTheLimitIsRefusedDeclaredOrStreamed() {
        byte[] tooBig = new byte[11 * 1024 * 1024];
        Arrays.fill(tooBig, (byte) ' ');

        assertRefused(trust.send("POST", "/Bundle", JSON, tooBig), 413, "too-long", "Bundle");
        HttpResponse<String> streamed = trust.sendStreamed("POST", "/Bundle", JSON,
                () -> new ByteArrayInputStream(tooBig));
        assertRefused(streamed, 413, "too-long", "Bundle");
        assertAudited("POST /fhir/Bundle", TRUST, "payload-too-large");
    }

    @Test
    void aMalformedCorrelationIdIsRefused() {
        assertRefused(trust.send("GET", "/Task", null, null, "X-Correlation-Id", "<script>"), 400, "value",
                "X-Correlation-Id");
    }

    @Test
    void theOwnerMayChangeOnlyTheStatusOfItsTask() {
        String requestId = requested();

        assertRefused(trust.send("PATCH", "/Task/" + requestId, "application/json-patch+json",
                "[{\"op\":\"replace\",\"path\":\"/owner\",\"value\":{}}]".getBytes(StandardCharsets.UTF_8)), 422,
                "business-rule", "Task");
        assertRefused(trust.send("PATCH", "/Task/" + requestId, "application/json-patch+json",
                statusPatch("completed")), 422, "invariant", "Task.status");
        assertRefused(trust.send("PATCH", "/Task/" + requestId, "application/json-patch+json",
                statusPatch("cancelled")), 422, "invariant", "Task.status");
        assertRefused(trust.send("GET", "/Task?status=draft", null, null), 400, "value", "Task.status");
    }

    private String requested() {
        return FhirAdviceTest.ask(hub, TRUST, null).get("requestId").asText();
    }

    private static HttpResponse<String> postDocument(TrustSystem system, Bundle document) {
        return system.send("POST", "/Bundle", JSON, AdviceBundles.json(document).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] statusPatch(String status) {
        return ("[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"" + status + "\"}]")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void assertAudited(String action, String actor, String reason) {
        assertThat(hub.bean(AuditTrail.class).recent(200)).anySatisfy(event -> {
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.REJECTED);
            assertThat(event.action()).startsWith(action);
            assertThat(event.actor()).isEqualTo(actor);
            assertThat(event.reason()).startsWith(reason);
        });
    }
}
