package uk.ehcexchange.model;

import java.util.List;

/**
 * Advice from the NHS for an EHC needs assessment, due within 6 weeks of the council's request (reg 8).
 *
 * @param adviceId         hub-wide identifier
 * @param requestReference the council's advice request this answers
 * @param author           the clinician; {@code organisation} is the trust or ICB (name, ODS code in {@code odsCode})
 * @param odsCode          ODS code of the authoring organisation
 */
public record HealthAdvice(
        String adviceId,
        String requestReference,
        Child child,
        Authorship author,
        String odsCode,
        List<String> needs,
        List<Outcome> outcomes,
        List<ProvisionItem> recommendedProvision,
        List<Attachment> attachments) {
    public HealthAdvice {
        needs = needs == null ? List.of() : List.copyOf(needs);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        recommendedProvision = recommendedProvision == null ? List.of() : List.copyOf(recommendedProvision);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
