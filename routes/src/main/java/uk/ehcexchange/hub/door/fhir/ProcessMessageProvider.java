package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;
import uk.ehcexchange.adapters.fhir.EhcFhir;
import uk.ehcexchange.hub.advice.AdviceService;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/**
 * {@code POST /fhir/$process-message}: the same health advice wrapped as a BaRS-style message Bundle (MessageHeader
 * first). The MessageHeader's id is the message id; the answer is a response message whose MessageHeader
 * acknowledges it ({@code response.code = ok}) and whose focus is the completed Task. {@code X-Correlation-Id} and
 * {@code X-Request-Id} are echoed ({@link FhirRequestGuard}, and HAPI for the request id).
 */
@FhirEnabled
@Component
public class ProcessMessageProvider {

    private final AdviceIntake intake;
    private final AdviceService advice;
    private final AdviceTasks tasks;
    private final Clock clock;

    public ProcessMessageProvider(AdviceIntake intake, AdviceService advice, AdviceTasks tasks, Clock clock) {
        this.intake = intake;
        this.advice = advice;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Operation(name = "$process-message", idempotent = false)
    public Bundle processMessage(@ResourceParam Bundle message, RequestDetails details) {
        if (message.getType() != Bundle.BundleType.MESSAGE) {
            throw FhirRejection.of(422, "message-bundle", IssueType.INVALID, "Bundle.type",
                    "$process-message takes a message Bundle; POST a document Bundle to /fhir/Bundle");
        }
        if (!(message.getEntryFirstRep().getResource() instanceof MessageHeader header)) {
            throw FhirRejection.of(422, "message-header-first", IssueType.STRUCTURE, "Bundle.entry[0].resource",
                    "the first entry of a message Bundle must be its MessageHeader");
        }
        // A message Bundle names its entries by fullUrl (urn:uuid:...); the message id is the uuid itself.
        String messageId = header.getIdElement().getIdPart();
        if (messageId != null && messageId.startsWith("urn:uuid:")) {
            messageId = messageId.substring("urn:uuid:".length());
        }
        if (messageId == null || messageId.isBlank()) {
            throw FhirRejection.of(422, "required", IssueType.REQUIRED, "Bundle.entry[0].resource.id",
                    "the MessageHeader needs an id: it identifies this message, so a resend is harmless");
        }
        ClientIdentity sender = FhirCaller.of(details);
        AdviceIntake.Received received = intake.receive(sender, message, messageId);
        Task task = tasks.toTask(advice.find(sender, received.taskId()));
        return response(header, messageId, task, details.getFhirServerBase());
    }

    private Bundle response(MessageHeader incoming, String messageId, Task task, String serverBase) {
        Bundle response = new Bundle();
        response.setId(UUID.randomUUID().toString());
        response.setType(Bundle.BundleType.MESSAGE);
        response.setTimestamp(Date.from(clock.instant()));
        response.getIdentifier().setSystem(EhcFhir.BASE + "/Id/message").setValue(response.getId());
        MessageHeader header = new MessageHeader();
        header.setId(UUID.randomUUID().toString());
        header.setEvent(incoming.getEvent());
        header.getSource().setName("EHC Exchange").setEndpoint(serverBase + "/$process-message");
        if (incoming.hasSource()) {
            header.addDestination().setEndpoint(incoming.getSource().getEndpoint())
                    .setName(incoming.getSource().getName());
        }
        header.getResponse().setIdentifier(messageId)
                .setCode(MessageHeader.ResponseType.OK);
        String taskUrl = serverBase + "/Task/" + task.getIdElement().getIdPart();
        header.addFocus(new Reference(taskUrl));
        // Under the server's base like the Task's, so the focus (which HAPI writes relative to the base, Task/<id>)
        // resolves to the Task entry by FHIR's rules for references inside a Bundle.
        response.addEntry().setFullUrl(serverBase + "/MessageHeader/" + header.getId()).setResource(header);
        response.addEntry().setFullUrl(taskUrl).setResource(task);
        return response;
    }
}
