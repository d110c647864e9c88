package uk.ehcexchange.conformance;

/**
 * The callers every operation of the authorisation matrix is tried with: from nobody at all to the one caller
 * entitled to it. What each presents depends on the front door; {@link MatrixCredentials} says it precisely.
 */
enum Caller {

    /** No credential at all. */
    NO_CREDENTIAL("No credential"),
    /** A credential of the right shape that proves nothing: a made-up key or token, a wrong password. */
    MALFORMED("Malformed credential"),
    /** A council's system (Bromley, 305) that is party to nothing the matrix touches. */
    OTHER_COUNCIL("Another council"),
    /**
     * An NHS trust: its FHIR access token. On REST and SOAP a trust has no API key of its own, so it presents that
     * token; on FHIR it is a trust (East and North Herts, RWH) that was asked for nothing.
     */
    TRUST("A trust"),
    /** The ICB (QM7): its API key on REST and SOAP, its FHIR access token on FHIR. */
    ICB("An ICB"),
    /** The right council's children's social care team: a key with the role {@code social-care}. */
    SOCIAL_CARE("Social care role"),
    /** The right council's educational psychology service: a key with the role {@code educational-psychology}. */
    EDUCATIONAL_PSYCHOLOGY("Educational psychology role"),
    /** A school working with the right council (Oakfield, URN 117342): a key with the role {@code school}. */
    SCHOOL("School role"),
    /** The caller entitled to the operation, on the resource the matrix made for it. */
    RIGHT("Right caller");

    final String heading;

    Caller(String heading) {
        this.heading = heading;
    }
}
