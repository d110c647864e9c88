package uk.ehcexchange.model;

/** A section whose content is prose: A, B, C and D. */
public record NarrativeSection(Authorship author, String text) {
}
