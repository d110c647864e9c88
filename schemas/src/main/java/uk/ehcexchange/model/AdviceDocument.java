package uk.ehcexchange.model;

import java.util.List;

/**
 * Advice for an EHC needs assessment of a kind that has no document of its own (reg 6(1)): the parent's or young
 * person's views, educational advice from the head teacher or early years provider, educational psychology advice,
 * and the other advice a council seeks (a qualified teacher of the visually or hearing impaired, preparing for
 * adulthood). Health advice stays {@link HealthAdvice} and social care {@link SocialCareAssessment}: their content
 * feeds named plan sections, whereas this advice is prose the council reads and weighs.
 *
 * @param adviceId         the adviser's own identifier of this document
 * @param requestReference the council's advice request this answers
 * @param adviceType       must be the kind the request asked for
 * @param adviser          who gives the advice, for which organisation
 * @param sections         the advice itself: headed, dated passages of text, at least one
 * @param attachments      documents the advice refers to, described here; the content travels separately
 */
public record AdviceDocument(
        String adviceId,
        String requestReference,
        AdviceType adviceType,
        Child child,
        Adviser adviser,
        List<DatedSection> sections,
        List<Attachment> attachments) {
    public AdviceDocument {
        sections = sections == null ? List.of() : List.copyOf(sections);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The kinds of advice this document carries: all but health advice and social care, which have their own. */
    public static boolean carries(AdviceType type) {
        return type != null && type != AdviceType.MEDICAL && type != AdviceType.SOCIAL_CARE;
    }
}
