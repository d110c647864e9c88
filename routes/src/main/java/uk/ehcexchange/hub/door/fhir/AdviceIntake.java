package uk.ehcexchange.hub.door.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.adapters.fhir.EhcFhir;
import uk.ehcexchange.adapters.fhir.FhirAdviceMapper;
import uk.ehcexchange.adapters.fhir.FhirIssue;
import uk.ehcexchange.adapters.fhir.FhirProfileValidator;
import uk.ehcexchange.adapters.fhir.MappedAdvice;
import uk.ehcexchange.hub.advice.AdviceResponse;
import uk.ehcexchange.hub.advice.AdviceService;
import uk.ehcexchange.hub.advice.AnswerAttachment;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirProperties;
import uk.ehcexchange.model.validation.NhsNumber;

/**
 * Health advice arriving over FHIR, as a document Bundle or inside a BaRS-style message: validated against FHIR and
 * our profiles, mapped to the canonical HealthAdvice and answered through {@link AdviceService} — which checks the
 * Task exists, is the sender's, is still open and is about the same child, and only then streams the attached
 * documents into the content store, delivers the advice to the council's inbox and records the 6-week timeliness.
 * Nothing of a Bundle for a Task the sender does not own is kept.
 */
@FhirEnabled
@Component
public class AdviceIntake {

    private static final Logger log = LoggerFactory.getLogger(AdviceIntake.class);

    private final FhirProfileValidator validator;
    private final FhirAdviceMapper mapper;
    private final AdviceService advice;
    private final boolean hapiValidation;
    private final HapiSecondOpinion secondOpinion;

    public AdviceIntake(FhirProfileValidator validator, FhirAdviceMapper mapper, AdviceService advice,
                        FhirProperties properties, HapiSecondOpinion secondOpinion) {
        this.validator = validator;
        this.secondOpinion = secondOpinion;
        this.hapiValidation = properties.inboundValidation() == FhirProperties.InboundValidation.HAPI;
        this.mapper = mapper;
        this.advice = advice;
    }

    /**
     * @param messageId the sender's id of this message, {@code Bundle.identifier} or the MessageHeader's id: a
     *                  resend with the same id is answered as the first one was
     * @return the answered request's id and the advice as the council's inbox holds it
     */
    public Received receive(ClientIdentity sender, Bundle bundle, String messageId) {
        refuseInvalidNhsNumbers(bundle);
        List<FhirIssue> issues = hapiValidation ? validator.validate(bundle) : validator.check(bundle);
        if (FhirIssue.anyError(issues)) {
            throw new FhirRejection(422, "profile", FhirIssues.of(issues.stream().filter(FhirIssue::isError).toList()));
        }
        MappedAdvice mapped = mapper.fromBundle(bundle);
        List<AnswerAttachment> sent = mapped.attachments().stream()
                .map(attachment -> new AnswerAttachment(attachment.sha256(), attachment.content())).toList();
        AdviceResponse response = advice.answer(sender, mapped.taskId(), messageId, mapped.advice(), sent);
        log.info("FHIR advice message {} from {} answers Task {} (advice {})", messageId, sender.authorityCode(),
                mapped.taskId(), response.responseId());
        if (!hapiValidation) {
            secondOpinion.review(sender.authorityCode(), messageId, bundle);
        }
        return new Received(mapped.taskId(), response);
    }

    /** Every NHS number in the Bundle must pass its check digit: a mistyped one names the wrong child. */
    private static void refuseInvalidNhsNumbers(Bundle bundle) {
        List<FhirRejection.Issue> issues = new ArrayList<>();
        for (int e = 0; e < bundle.getEntry().size(); e++) {
            if (bundle.getEntry().get(e).getResource() instanceof Patient patient) {
                for (int i = 0; i < patient.getIdentifier().size(); i++) {
                    Identifier identifier = patient.getIdentifier().get(i);
                    if (EhcFhir.NHS_NUMBER_SYSTEM.equals(identifier.getSystem())
                            && !NhsNumber.isValid(identifier.getValue())) {
                        issues.add(FhirRejection.Issue.error(IssueType.VALUE,
                                "Bundle.entry[" + e + "].resource.identifier[" + i + "].value",
                                "the NHS number fails the Modulus 11 check (ten digits, the last a check digit)"));
                    }
                }
            }
        }
        if (!issues.isEmpty()) {
            throw new FhirRejection(422, "nhs-number-modulus-11", issues);
        }
    }

    public record Received(String taskId, AdviceResponse response) {
    }
}
