package uk.ehcexchange.hub.auth;

import java.security.SecureRandom;
import java.util.Base64;
import uk.ehcexchange.hub.support.Sha256;

/** How API keys are made and compared. Only their SHA-256 is ever configured or held in memory. */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** 256 random bits, URL-safe so that it can be pasted into a header or a shell. */
    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    public static String sha256Hex(String key) {
        return Sha256.hex(key);
    }
}
