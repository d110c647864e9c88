package uk.ehcexchange.model;

import java.time.LocalDate;

/**
 * Who wrote a section or a piece of advice, and when. Families asked to know "who is speaking" in each section,
 * so every section carries one.
 *
 * @param name         the professional's name; optional (a section may be written by a team)
 * @param role         e.g. "SEN caseworker", "Community paediatrician", "Parent"
 * @param organisation the organisation the author wrote for, e.g. "Hertfordshire County Council"
 * @param writtenOn    the date the text was written or last changed
 */
public record Authorship(String name, String role, String organisation, LocalDate writtenOn) {
}
