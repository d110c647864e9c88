package uk.ehcexchange.hub.core;

import java.util.regex.Pattern;

/**
 * How a school or college is named to the hub: a school by its URN (6 digits), a college or other provider by its
 * UKPRN (8 digits starting with 1). A school's API client is configured with one, and educational advice requests
 * name the one they are asked of, so the two can be matched.
 */
public final class EstablishmentCode {

    private static final Pattern URN_OR_UKPRN = Pattern.compile("[0-9]{6}|1[0-9]{7}");

    private EstablishmentCode() {
    }

    public static boolean isValid(String code) {
        return code != null && URN_OR_UKPRN.matcher(code).matches();
    }
}
