package uk.ehcexchange.hub.cli;

/**
 * Masks a child's identifier for the screen: the first three characters stay (enough to tell two children apart in
 * a conversation, not enough to identify one), the rest become {@code *}. NHS numbers, UPNs, ULNs and local
 * references are personal data, and terminals are shared, logged and screenshotted.
 */
final class IdentifierMask {

    private static final int VISIBLE = 3;

    private IdentifierMask() {
    }

    static String mask(String identifier) {
        if (identifier == null) {
            return null;
        }
        if (identifier.length() <= VISIBLE) {
            return "*".repeat(identifier.length());
        }
        return identifier.substring(0, VISIBLE) + "*".repeat(identifier.length() - VISIBLE);
    }
}
