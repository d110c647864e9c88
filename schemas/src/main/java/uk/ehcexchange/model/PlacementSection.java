package uk.ehcexchange.model;

/** Section I. The establishment is absent in a draft plan and required in a final one. */
public record PlacementSection(Authorship author, Establishment establishment) {
}
