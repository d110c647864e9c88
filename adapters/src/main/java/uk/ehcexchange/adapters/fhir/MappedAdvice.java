package uk.ehcexchange.adapters.fhir;

import java.util.List;
import uk.ehcexchange.model.HealthAdvice;

/**
 * Health advice read from a FHIR Bundle.
 *
 * @param taskId      logical id of the Task the advice answers, which is the hub's advice request id
 * @param advice      the canonical advice; its {@code requestReference} is {@code taskId}
 * @param nhsNumber   the Patient's NHS number (the hub checks it against the Task's child), or null if absent
 * @param attachments the attached documents with their content, in the order of {@code advice.attachments()}
 */
public record MappedAdvice(String taskId, HealthAdvice advice, String nhsNumber, List<AdviceAttachment> attachments) {
    public MappedAdvice {
        attachments = List.copyOf(attachments);
    }
}
