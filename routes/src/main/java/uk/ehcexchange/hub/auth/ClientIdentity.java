package uk.ehcexchange.hub.auth;

/**
 * The authenticated caller of the API. A client acts only for its own authority.
 *
 * @param clientId      the configured name of the client system
 * @param authorityCode the DfE LA code (or ODS code) the client acts for
 */
public record ClientIdentity(String clientId, String authorityCode) {

    /** The request attribute under which the authentication filter leaves the identity for the controllers. */
    public static final String REQUEST_ATTRIBUTE = "uk.ehcexchange.hub.auth.ClientIdentity";
}
