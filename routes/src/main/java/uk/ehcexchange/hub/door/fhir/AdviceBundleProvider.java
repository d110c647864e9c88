package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/**
 * {@code POST /fhir/Bundle}: health advice as a FHIR document. {@code Bundle.identifier} is the message id that
 * makes a resend harmless; the answer is 201 with an OperationOutcome naming the completed Task.
 */
@FhirEnabled
@Component
public class AdviceBundleProvider implements IResourceProvider {

    private final AdviceIntake intake;

    public AdviceBundleProvider(AdviceIntake intake) {
        this.intake = intake;
    }

    @Override
    public Class<Bundle> getResourceType() {
        return Bundle.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Bundle document, RequestDetails details) {
        if (document.getType() != Bundle.BundleType.DOCUMENT) {
            throw FhirRejection.of(422, "document-bundle", IssueType.INVALID, "Bundle.type",
                    "POST /fhir/Bundle takes a document Bundle; send a message Bundle to /fhir/$process-message");
        }
        String messageId = document.getIdentifier().getValue();
        if (messageId == null || messageId.isBlank()) {
            throw FhirRejection.of(422, "required", IssueType.REQUIRED, "Bundle.identifier",
                    "Bundle.identifier.value is required: it identifies this message, so a resend is harmless");
        }
        AdviceIntake.Received received = intake.receive(FhirCaller.of(details), document, messageId);
        MethodOutcome outcome = new MethodOutcome(new IdType("Bundle", messageId), true);
        // Nothing readable was created under the Bundle's id: the representation is what happened to the advice.
        OperationOutcome delivered = delivered(received);
        outcome.setOperationOutcome(delivered);
        outcome.setResource(delivered);
        return outcome;
    }

    private static OperationOutcome delivered(AdviceIntake.Received received) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(IssueType.INFORMATIONAL)
                .addExpression("Bundle")
                .setDiagnostics("advice " + received.response().responseId() + " delivered to council "
                        + received.response().requestingCouncil() + "; Task " + received.taskId()
                        + " is completed; " + (received.response().withinDeadline() ? "within" : "after")
                        + " the 6-week deadline of " + received.response().dueOn());
        return outcome;
    }
}
