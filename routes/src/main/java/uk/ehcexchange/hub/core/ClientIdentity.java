package uk.ehcexchange.hub.core;

/**
 * The authenticated caller of the API. A client acts only for its own authority, and only as its role allows.
 *
 * @param clientId      the configured name of the client system
 * @param authorityCode the DfE LA code (or ODS code) the client acts for
 * @param role          what it may do there
 * @param establishment for a school or college ({@link ClientRole#SCHOOL}): its URN or UKPRN; null otherwise
 */
public record ClientIdentity(String clientId, String authorityCode, ClientRole role, String establishment) {

    /** The request attribute under which the authentication filter leaves the identity for the controllers. */
    public static final String REQUEST_ATTRIBUTE = "uk.ehcexchange.hub.core.ClientIdentity";

    /** A council's (or ICB's) own system. */
    public ClientIdentity(String clientId, String authorityCode) {
        this(clientId, authorityCode, ClientRole.COUNCIL_SYSTEM);
    }

    /** A client that speaks for its whole authority. */
    public ClientIdentity(String clientId, String authorityCode, ClientRole role) {
        this(clientId, authorityCode, role, null);
    }
}
