package uk.ehcexchange.hub.peering;

/** What hubs say to each other on the peering port, shared by the sending client and the receiving door. */
public final class PeeringProtocol {

    /** Packages and receipts travel as CMS (PKCS #7) messages. */
    public static final String PKCS7 = "application/pkcs7-mime";
    /** The council a package is for: the receiving hub answers 404 for a council it does not serve. */
    public static final String RECIPIENT_HEADER = "Ehc-Recipient";

    private PeeringProtocol() {
    }
}
