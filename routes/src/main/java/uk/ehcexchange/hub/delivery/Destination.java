package uk.ehcexchange.hub.delivery;

/**
 * How the outbox names a destination: deliveries to one destination are made in order. A council (its transfers
 * and receipts, on this hub or a peer) is {@code council:<LA code>}; an ICB is {@code icb:<ODS code>}.
 */
public final class Destination {

    private static final String COUNCIL = "council:";
    private static final String ICB = "icb:";

    private Destination() {
    }

    public static String council(String laCode) {
        return COUNCIL + laCode;
    }

    public static String icb(String odsCode) {
        return ICB + odsCode;
    }

    /** The code a destination names: {@code 821} for {@code council:821}. */
    public static String code(String destination) {
        return destination.substring(destination.indexOf(':') + 1);
    }
}
