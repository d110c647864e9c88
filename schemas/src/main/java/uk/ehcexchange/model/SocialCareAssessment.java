package uk.ehcexchange.model;

import java.util.List;

/**
 * A children's social care assessment or advice for an EHC needs assessment; its content feeds sections D, H1
 * and H2.
 *
 * @param assessmentId     hub-wide identifier
 * @param requestReference the council's advice request this answers
 * @param laCode           DfE LA code of the council whose social care team wrote it
 */
public record SocialCareAssessment(
        String assessmentId,
        String requestReference,
        Child child,
        Authorship author,
        String laCode,
        List<String> needs,
        List<Outcome> outcomes,
        List<ProvisionItem> recommendedProvision,
        List<Attachment> attachments) {
    public SocialCareAssessment {
        needs = needs == null ? List.of() : List.copyOf(needs);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        recommendedProvision = recommendedProvision == null ? List.of() : List.copyOf(recommendedProvision);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
