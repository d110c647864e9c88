package uk.ehcexchange.model;

import java.time.LocalDate;

/**
 * The child or young person a document is about. Every identifier is optional because councils hold different
 * ones, but at least one must be present so the receiving side can match the child.
 *
 * @param nhsNumber           10 digits, Modulus 11 checked
 * @param upn                 Unique Pupil Number: 13 characters, check letter first
 * @param uln                 Unique Learner Number (post-16): 10 digits
 * @param localCaseReference  the owning council's own case reference
 */
public record Child(
        String nhsNumber,
        String upn,
        String uln,
        String localCaseReference,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode) {

    /** Deliberately omits personal data so a stray log line cannot leak it. */
    @Override
    public String toString() {
        return "Child[identifiers redacted]";
    }
}
