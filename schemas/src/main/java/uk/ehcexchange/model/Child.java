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
 * @param sex                          SEN2 item 1.4: M or F, as the council records it for its SEN2 return
 * @param ethnicity                    SEN2 item 1.5: a CBDS ethnicity code ({@link Sen2PersonCodes#ETHNICITY})
 * @param upnUnknown                   SEN2 item 1.7c: why there is no UPN or ULN, UN1 to UN10
 *                                     ({@link Sen2PersonCodes#UPN_UNKNOWN})
 *
 * <p>The last three are optional and were added for the SEN2 return: the hub holds no other source for them, and
 * because they travel with the child a council a plan is transferred to has them for its own return. Documents
 * without them stay valid; a child without them is reported as incomplete by the SEN2 export.
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
        String responsibleCommissioningBody,
        String sex,
        String ethnicity,
        String upnUnknown) {

    /** A child without the SEN2 person items, as children were before they were added. */
    public Child(String nhsNumber, String upn, String uln, String localCaseReference, String givenName,
                 String familyName, LocalDate dateOfBirth, String postcode, String responsibleCommissioningBody) {
        this(nhsNumber, upn, uln, localCaseReference, givenName, familyName, dateOfBirth, postcode,
                responsibleCommissioningBody, null, null, null);
    }

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
