package uk.ehcexchange.model;

/**
 * A school or other institution. Schools are identified by URN (6 digits), colleges and other providers by
 * UKPRN (8 digits starting with 1); at least one must be present.
 */
public record Establishment(String name, String urn, String ukprn, EstablishmentType type) {
}
