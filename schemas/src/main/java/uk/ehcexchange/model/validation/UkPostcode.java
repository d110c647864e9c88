package uk.ehcexchange.model.validation;

import java.util.regex.Pattern;

/**
 * UK postcode format: outward code (area letters, district digit(s), optional letter), an optional single space,
 * then inward code (sector digit and two unit letters). The letter restrictions follow the Royal Mail / gov.uk
 * published pattern (e.g. Q, V and X never start a postcode; C, I, K, M, O and V never end one), plus the
 * special case GIR 0AA. Case-insensitive, because councils' systems store both.
 */
public final class UkPostcode {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?:GIR ?0AA"
                    + "|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9](?:[0-9]|[ABEHMNPRV-Y])?|[0-9][A-HJKPS-UW])"
                    + " ?[0-9][ABD-HJLNP-UW-Z]{2})",
            Pattern.CASE_INSENSITIVE);

    private UkPostcode() {
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= 8 && POSTCODE.matcher(value).matches();
    }
}
