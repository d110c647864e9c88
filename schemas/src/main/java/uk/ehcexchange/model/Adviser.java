package uk.ehcexchange.model;

/**
 * Who gives a piece of advice. A family's views are recorded by the council on its behalf, so for
 * {@link AdviceType#PARENT_OR_YOUNG_PERSON} the organisation may be absent; every other adviser writes for one.
 *
 * @param name             the person's name; optional (advice may come from a team)
 * @param role             e.g. "Head teacher", "Educational psychologist", "Parent"
 * @param organisation     e.g. "Oakfield Primary School", "Hertfordshire Educational Psychology Service"
 * @param organisationCode the organisation's code where it has one: a URN or UKPRN, an LA code or an ODS code
 */
public record Adviser(String name, String role, String organisation, String organisationCode) {
}
