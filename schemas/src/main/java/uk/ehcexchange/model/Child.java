package uk.ehcexchange.model;

import java.time.LocalDate;

/**
 * The child or young person a document is about. Every identifier is optional because councils hold different
 * ones, but at least one must be present so the receiving side can match the child.
 *
 * @param nhsNumber                    10 digits, Modulus 11 checked
 * @param upn                          Unique Pupil Number: 13 characters, check letter first
 * @param uln                          Unique Learner Number (post-16): 10 digits
 * @param localCaseReference           the owning council's own case reference
 * @param responsibleCommissioningBody ODS code of the body that commissions the child's health provision (Children
 *                                     and Families Act 2014 s42(4)): normally the ICB of the child's GP practice, so
 *                                     it is the child's, not the council's; children of one council can have
 *                                     different ICBs. Final plans and placement notices go to this body. Absent when
 *                                     the council has not recorded it: the hub then uses the ICB it is configured
 *                                     with for the council's area.
 */
public record Child(
        String nhsNumber,
        String upn,
        String uln,
        String localCaseReference,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String responsibleCommissioningBody) {

    /** A child without a recorded commissioning body, as children were before it was added. */
    public Child(String nhsNumber, String upn, String uln, String localCaseReference, String givenName,
                 String familyName, LocalDate dateOfBirth, String postcode) {
        this(nhsNumber, upn, uln, localCaseReference, givenName, familyName, dateOfBirth, postcode, null);
    }

    /** Deliberately omits personal data so a stray log line cannot leak it. */
    @Override
    public String toString() {
        return "Child[identifiers redacted]";
    }
}
